package org.southsouth.webhook.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;

/**
 * Who may learn of an event, read from its payload, the same rule as the owning service applies to reads: the whole
 * network, or only the organizations named; staff always. When the payload lists the organizations allowed to see it
 * ({@code visibleToOrganizationIds}) that list decides. Otherwise only what is plainly public goes to everyone
 * (organization profiles, partnerships and events past DRAFT, published knowledge products); the rest only to the
 * organizations the payload names as involved in the record, or that own a record it names by id (an event's host
 * for its participations, a volunteer's home organization for its hours, participations and erasure). Events about
 * people are thin: the receiver reads the record with its own token, under the owning service's rules.
 *
 * @param everyone      every partner may see it
 * @param organizations the organizations the event involves: its audience when not {@code everyone}, and what a
 *                      subscription's organization filter matches
 * @param country       the country the record is about, for a subscription's country filter; null when none
 * @param aboutPeople   the payload describes a person: deliver it thin
 */
public record EventVisibility(boolean everyone, Set<UUID> organizations, String country, boolean aboutPeople) {

    private static final EventVisibility STAFF_ONLY = new EventVisibility(false, Set.of(), null, true);
    private static final Set<String> ABOUT_PEOPLE = Set.of(
            Topics.VOLUNTEER_VOLUNTEERS,
            Topics.VOLUNTEER_DEPLOYMENTS,
            Topics.VOLUNTEER_SERVICE_HOURS,
            Topics.VOLUNTEER_APPLICATIONS,
            Topics.EVENTS_PARTICIPATIONS);

    /** Events of these topics describe a person, and those of topics the catalog does not know (a ping): deliver them thin. */
    public static boolean aboutPeople(String topic) {
        return ABOUT_PEOPLE.contains(topic) || !EventTypeSelection.topics().contains(topic);
    }

    public boolean seenBy(UUID organization) {
        return everyone || organizations.contains(organization);
    }

    /** {@code owners}: the organization owning a record named by id, as far as this service knows it. */
    public static EventVisibility of(String topic, EventEnvelope event, Function<UUID, Optional<UUID>> owners) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            return STAFF_ONLY;
        }
        boolean people = aboutPeople(topic);
        return switch (topic) {
            case Topics.PARTNER_ORGANIZATIONS ->
                new EventVisibility(true, ids(data, "id"), text(data, "country"), people);
            case Topics.PARTNER_PARTNERSHIPS ->
                new EventVisibility(!status(data, "DRAFT"), ids(data.path("parties"), "organizationId"), null, people);
            case Topics.VOLUNTEER_VOLUNTEERS ->
                new EventVisibility(
                        false, union(ids(data, "homeOrganizationId"), owned(data, owners, "id")), null, people);
            case Topics.VOLUNTEER_DEPLOYMENTS ->
                new EventVisibility(
                        false, ids(data, "sendingOrganizationId", "hostOrganizationId"), text(data, "country"), people);
            case Topics.VOLUNTEER_SERVICE_HOURS ->
                new EventVisibility(false, owned(data, owners, "volunteerId"), null, people);
            case Topics.VOLUNTEER_OPPORTUNITIES ->
                new EventVisibility(
                        data.path("visibleToNetwork").asBoolean(false), listed(data), text(data, "country"), people);
            case Topics.VOLUNTEER_APPLICATIONS -> new EventVisibility(false, listed(data), null, people);
            case Topics.EVENTS_EVENTS ->
                new EventVisibility(
                        !status(data, "DRAFT"),
                        union(ids(data, "hostOrganizationId"), ids(data.path("partnerOrganizationIds"))),
                        text(data, "country"),
                        people);
            case Topics.EVENTS_PARTICIPATIONS ->
                new EventVisibility(
                        false,
                        union(ids(data, "organizationId"), owned(data, owners, "eventId", "volunteerId")),
                        text(data, "eventCountry"),
                        people);
            case Topics.EVENTS_KNOWLEDGE ->
                new EventVisibility(
                        "PUBLISHED".equals(text(data, "reviewStatus")) || "ARCHIVED".equals(text(data, "reviewStatus")),
                        ids(data.path("leadOrganizationIds")),
                        text(data, "country"),
                        people);
            default -> STAFF_ONLY;
        };
    }

    /** The owners of the records the named fields point to. */
    private static Set<UUID> owned(JsonNode data, Function<UUID, Optional<UUID>> owners, String... fields) {
        Set<UUID> organizations = new HashSet<>();
        ids(data, fields).forEach(record -> owners.apply(record).ifPresent(organizations::add));
        return organizations;
    }

    private static Set<UUID> listed(JsonNode data) {
        return ids(data.path("visibleToOrganizationIds"));
    }

    private static boolean status(JsonNode data, String status) {
        return status.equals(text(data, "status"));
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The ids in the named fields of an object, or in each element of an array of objects. */
    private static Set<UUID> ids(JsonNode node, String... fields) {
        Set<UUID> ids = new HashSet<>();
        Iterable<JsonNode> objects = node.isArray() ? node : Set.of(node);
        for (JsonNode object : objects) {
            for (String field : fields) {
                addId(ids, object.get(field));
            }
        }
        return ids;
    }

    /** The ids of an array of ids. */
    private static Set<UUID> ids(JsonNode array) {
        Set<UUID> ids = new HashSet<>();
        array.forEach(element -> addId(ids, element));
        return ids;
    }

    private static void addId(Set<UUID> ids, JsonNode value) {
        if (value != null && value.isTextual()) {
            try {
                ids.add(UUID.fromString(value.asText()));
            } catch (IllegalArgumentException e) {
                // Not an id: names nobody.
            }
        }
    }

    private static Set<UUID> union(Set<UUID> first, Set<UUID> second) {
        Set<UUID> all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
