package org.southsouth.volunteer.journal;

/** The records of this service that the record journal keeps: their history and their changes feeds. */
public enum JournalFamily {
    VOLUNTEER("volunteer", "Volunteer"),
    DEPLOYMENT("deployment", "Deployment"),
    SERVICE_HOURS("service-hours", "Service hours"),
    OPPORTUNITY("opportunity", "Opportunity"),
    APPLICATION("application", "Application");

    private final String key;
    private final String title;

    JournalFamily(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The family as the journal stores it. */
    public String key() {
        return key;
    }

    /** The record's name in problems, e.g. "Deployment 42 does not exist". */
    public String title() {
        return title;
    }
}
