package org.southsouth.events.messaging;

import java.util.UUID;

/** What events-service knows of an organization, from partner-service's events. */
public record KnownOrganization(UUID id, String name, String country, String status, long sequence) {

    public static final String INACTIVE = "INACTIVE";

    public boolean inactive() {
        return INACTIVE.equals(status);
    }
}
