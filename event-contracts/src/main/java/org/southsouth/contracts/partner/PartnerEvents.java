package org.southsouth.contracts.partner;

import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;

/** Events published by partner-service. */
public final class PartnerEvents {

    public static final String SOURCE = "/partner-service";

    public static final EventType ORGANIZATION_REGISTERED = organization("OrganizationRegistered");
    public static final EventType ORGANIZATION_UPDATED = organization("OrganizationUpdated");
    public static final EventType ORGANIZATION_DEACTIVATED = organization("OrganizationDeactivated");

    private PartnerEvents() {
    }

    private static EventType organization(String name) {
        return new EventType("org.southsouth.partner." + name, SOURCE, Topics.PARTNER_ORGANIZATIONS,
                OrganizationV1.class, 1);
    }
}
