package org.southsouth.contracts.partner;

import java.util.List;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;

/** Events published by partner-service. */
public final class PartnerEvents {

    public static final String SOURCE = "/partner-service";

    public static final EventType ORGANIZATION_REGISTERED = organization("OrganizationRegistered");
    public static final EventType ORGANIZATION_UPDATED = organization("OrganizationUpdated");
    public static final EventType ORGANIZATION_DEACTIVATED = organization("OrganizationDeactivated");
    public static final EventType PARTNERSHIP_REGISTERED = partnership("PartnershipRegistered");
    public static final EventType PARTNERSHIP_UPDATED = partnership("PartnershipUpdated");
    public static final EventType PARTNERSHIP_CLOSED = partnership("PartnershipClosed");

    public static final List<EventType> ALL = List.of(
            ORGANIZATION_REGISTERED,
            ORGANIZATION_UPDATED,
            ORGANIZATION_DEACTIVATED,
            PARTNERSHIP_REGISTERED,
            PARTNERSHIP_UPDATED,
            PARTNERSHIP_CLOSED);

    private PartnerEvents() {}

    private static EventType organization(String name) {
        return new EventType(
                "org.southsouth.partner." + name, SOURCE, Topics.PARTNER_ORGANIZATIONS, OrganizationV1.class, 1);
    }

    private static EventType partnership(String name) {
        return new EventType(
                "org.southsouth.partner." + name, SOURCE, Topics.PARTNER_PARTNERSHIPS, PartnershipV1.class, 1);
    }
}
