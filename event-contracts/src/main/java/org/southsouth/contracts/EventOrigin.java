package org.southsouth.contracts;

/**
 * Who and what caused an event, carried as CloudEvents extension attributes. A change made through the API names the
 * calling client, its roles (space-separated, as in an OAuth2 scope), the organization a partner client acts for and
 * the volunteer a volunteer client speaks for, and the request's {@code X-Request-Id}. A change a consumer makes names
 * no actor (the service itself acted): it names the event that caused it and keeps that event's request id, so one
 * request's effects across services share it. Background work names neither.
 */
public record EventOrigin(
        String actorClient,
        String actorRoles,
        String actorOrganization,
        String actorVolunteer,
        String requestId,
        String causationId) {

    public static final EventOrigin NONE = new EventOrigin(null, null, null, null, null, null);

    /** A change a consumer makes because of {@code cause}. */
    public static EventOrigin causedBy(EventEnvelope cause) {
        return new EventOrigin(null, null, null, null, cause.requestid(), cause.id());
    }
}
