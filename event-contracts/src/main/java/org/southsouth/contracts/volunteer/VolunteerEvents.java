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

    public static final List<EventType> ALL = List.of(VOLUNTEER_REGISTERED, VOLUNTEER_UPDATED, VOLUNTEER_ERASED,
            DEPLOYMENT_PLANNED, DEPLOYMENT_UPDATED, SERVICE_HOURS_LOGGED, SERVICE_HOURS_VERIFIED);

    private VolunteerEvents() {
    }

    private static EventType volunteer(String name, Class<?> payload) {
        return new EventType("org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_VOLUNTEERS, payload, 1);
    }

    private static EventType deployment(String name) {
        return new EventType("org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_DEPLOYMENTS, DeploymentV1.class, 1);
    }

    private static EventType hours(String name) {
        return new EventType("org.southsouth.volunteer." + name, SOURCE, Topics.VOLUNTEER_SERVICE_HOURS, ServiceHoursV1.class, 1);
    }
}
