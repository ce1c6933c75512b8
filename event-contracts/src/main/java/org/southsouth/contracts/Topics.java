package org.southsouth.contracts;

/** Kafka topics, one per aggregate; the record key is the aggregate id so each aggregate keeps its order. */
public final class Topics {

    public static final String PARTNER_ORGANIZATIONS = "partner.organizations";
    public static final String PARTNER_PARTNERSHIPS = "partner.partnerships";
    public static final String VOLUNTEER_VOLUNTEERS = "volunteer.volunteers";
    public static final String VOLUNTEER_DEPLOYMENTS = "volunteer.deployments";
    public static final String VOLUNTEER_SERVICE_HOURS = "volunteer.service-hours";
    public static final String VOLUNTEER_OPPORTUNITIES = "volunteer.opportunities";
    public static final String VOLUNTEER_APPLICATIONS = "volunteer.applications";
    public static final String EVENTS_EVENTS = "events.events";
    public static final String EVENTS_PARTICIPATIONS = "events.participations";
    public static final String EVENTS_KNOWLEDGE = "events.knowledge";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {}

    /** Where records that cannot be processed go, with the error in their headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
