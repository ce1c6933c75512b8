package org.southsouth.volunteer.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.southsouth.volunteer.hours.ServiceHours;

/**
 * What erasure overwrites, in one place: the live rows and every journaled state of them get the same values, so
 * a volunteer's history after erasure shows nothing the record itself no longer shows.
 */
public final class VolunteerRedaction {

    public static final String ANONYMOUS_NAME = "Erased volunteer";
    public static final String ERASED_TEXT = "[erased]";

    private VolunteerRedaction() {}

    static void anonymize(Volunteer volunteer) {
        volunteer.name = ANONYMOUS_NAME;
        volunteer.email = anonymousEmail(volunteer.id);
        volunteer.phone = null;
        volunteer.residence = null;
        volunteer.bio = null;
        volunteer.languages.clear();
        volunteer.skills.clear();
        volunteer.availability.clear();
    }

    static void anonymize(ServiceHours hours) {
        hours.activity = ERASED_TEXT;
    }

    /** A journaled state of the volunteer (its single GET's body), redacted as {@link #anonymize(Volunteer)}. */
    public static JsonNode volunteerState(JsonNode state, UUID volunteerId) {
        ObjectNode redacted = state.deepCopy();
        redacted.put("name", ANONYMOUS_NAME);
        redacted.put("email", anonymousEmail(volunteerId));
        redacted.putNull("phone");
        redacted.putNull("residence");
        redacted.putNull("bio");
        redacted.putArray("languages");
        redacted.putArray("skills");
        redacted.putArray("availability");
        return redacted;
    }

    /** A journaled state of the volunteer's service hours, redacted as {@link #anonymize(ServiceHours)}. */
    public static JsonNode hoursState(JsonNode state) {
        ObjectNode redacted = state.deepCopy();
        redacted.put("activity", ERASED_TEXT);
        return redacted;
    }

    public static JsonNode applicationState(JsonNode state) {
        ObjectNode redacted = state.deepCopy();
        redacted.put("motivation", ERASED_TEXT);
        return redacted;
    }

    private static String anonymousEmail(UUID volunteerId) {
        return "erased-" + volunteerId + "@erased.invalid";
    }
}
