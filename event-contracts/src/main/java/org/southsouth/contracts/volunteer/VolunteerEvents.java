package org.southsouth.contracts.volunteer;

import java.util.List;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;

/** Events published by volunteer-service. */
public final class VolunteerEvents {

    public static final String SOURCE = "/volunteer-service";

    public static final EventType VOLUNTEER_REGISTERED = volunteer("VolunteerRegistered", VolunteerV1.class);
    public static final EventType VOLUNTEER_UPDATED = volunteer("VolunteerUpdated", VolunteerV1.class);
    public static final EventType VOLUNTEER_ERASED = volunteer("VolunteerErased", VolunteerErasedV1.class);
    public static final EventType DEPLOYMENT_PLANNED = deployment("DeploymentPlanned");
    public static final EventType DEPLOYMENT_UPDATED = deployment("DeploymentUpdated");
    public static final EventType SERVICE_HOURS_LOGGED = hours("ServiceHoursLogged");
    public static final EventType SERVICE_HOURS_VERIFIED = hours("ServiceHoursVerified");
    public static final EventType OPPORTUNITY_DRAFTED = opportunity("OpportunityDrafted");
    public static final EventType OPPORTUNITY_UPDATED = opportunity("OpportunityUpdated");
    public static final EventType OPPORTUNITY_PUBLISHED = opportunity("OpportunityPublished");
    public static final EventType OPPORTUNITY_STATUS_CHANGED = opportunity("OpportunityStatusChanged");
    public static final EventType APPLICATION_SUBMITTED = application("ApplicationSubmitted");
    public static final EventType APPLICATION_STATUS_CHANGED = application("ApplicationStatusChanged");

    public static final List<EventType> ALL = List.of(
            VOLUNTEER_REGISTERED,
            VOLUNTEER_UPDATED,
            VOLUNTEER_ERASED,
            DEPLOYMENT_PLANNED,
            DEPLOYMENT_UPDATED,
            SERVICE_HOURS_LOGGED,
            SERVICE_HOURS_VERIFIED,
            OPPORTUNITY_DRAFTED,
            OPPORTUNITY_UPDATED,
            OPPORTUNITY_PUBLISHED,
            OPPORTUNITY_STATUS_CHANGED,
            APPLICATION_SUBMITTED,
            APPLICATION_STATUS_CHANGED);

    private VolunteerEvents() {}

    private static EventType volunteer(String name, Class<?> payload) {
        return new EventType("org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_VOLUNTEERS, payload, 1);
    }

    private static EventType deployment(String name) {
        return new EventType(
                "org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_DEPLOYMENTS, DeploymentV1.class, 1);
    }

    private static EventType hours(String name) {
        return new EventType(
                "org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_SERVICE_HOURS, ServiceHoursV1.class, 1);
    }

    private static EventType opportunity(String name) {
        return new EventType(
                "org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_OPPORTUNITIES, OpportunityV1.class, 1);
    }

    private static EventType application(String name) {
        return new EventType(
                "org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_APPLICATIONS, ApplicationV1.class, 1);
    }
}
