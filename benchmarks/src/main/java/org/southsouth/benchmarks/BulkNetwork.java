package org.southsouth.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network of issue 16, as request bodies: 90 organizations (a hub and 89 partners) with a memorandum of each
 * partner with the hub, 3,400 volunteers, 30 past events with 4,000 participations and their attendance (half of them
 * volunteers, half named delegates of partners), 17 completed deployments and 20 hour entries on them. The tag makes
 * names, emails and external ids its own, so the same network loads twice into one platform.
 */
final class BulkNetwork {

    static final int ORGANIZATIONS = 90;
    static final int PARTNERSHIPS = ORGANIZATIONS - 1;
    static final int VOLUNTEERS = 3_400;
    static final int EVENTS = 30;
    static final int PARTICIPATIONS = 4_000;
    static final int DEPLOYMENTS = 17;
    static final int HOURS = 20;
    static final int HUB = 0;
    private static final List<String> COUNTRIES = List.of(
            "NP", "KE", "BR", "MM", "TH", "KH", "ET", "GH", "EG", "MA", "PE", "KZ", "LK", "VN", "ID", "PH", "BD", "MN",
            "PK", "FJ", "TZ", "UG", "NG", "SN", "ZA", "RW", "ZM", "JO", "MX", "CO");

    private final String tag;

    BulkNetwork(String tag) {
        this.tag = tag;
    }

    String externalId(String family, int index) {
        return "bench-" + tag + "-" + family + "-" + index;
    }

    Map<String, Object> organization(int i) {
        return object(
                "name",
                "Bench " + tag + " organization " + i,
                "type",
                "22",
                "country",
                country(i),
                "sdgs",
                List.of(1 + i % 17, 17),
                "hub",
                i == HUB,
                "joinedNetworkOn",
                "2018-01-01",
                "status",
                "ACTIVE");
    }

    /** The memorandum of partner {@code i} (1 to 89) with the hub. */
    Map<String, Object> partnership(int i, String hubId, String partnerId) {
        return object(
                "title",
                "Bench " + tag + " memorandum " + i,
                "kind",
                "MOU",
                "parties",
                List.of(
                        object("organizationId", hubId, "role", "EXTENDING"),
                        object("organizationId", partnerId, "role", "IMPLEMENTING")),
                "countries",
                List.of(country(HUB), country(i)).stream().distinct().toList(),
                "startsOn",
                "2020-01-01",
                "endsOn",
                "2029-12-31");
    }

    /** The partner a volunteer, event or deployment belongs to: never the hub. */
    static int partnerOf(int i) {
        return 1 + i % PARTNERSHIPS;
    }

    Map<String, Object> volunteer(int i, String homeOrganizationId) {
        return object(
                "name",
                "Bench " + tag + " volunteer " + i,
                "email",
                "bench-" + tag + "-" + i + "@volunteers.example.org",
                "nationality",
                country(partnerOf(i)),
                "residence",
                country(partnerOf(i)),
                "homeOrganizationId",
                homeOrganizationId,
                "status",
                "ACTIVE",
                "languages",
                List.of(object("code", "en", "level", "B2")),
                "skills",
                List.of("community-health"));
    }

    Map<String, Object> event(int i, String hostId) {
        Instant starts = eventStart(i);
        return object(
                "kind",
                "FORUM",
                "title",
                "Bench " + tag + " forum " + i,
                "hostOrganizationId",
                hostId,
                "country",
                country(partnerOf(i)),
                "city",
                "Capital",
                "online",
                false,
                "startsAt",
                starts.toString(),
                "endsAt",
                starts.plus(1, ChronoUnit.DAYS).toString(),
                "timeZone",
                "UTC",
                "sdgs",
                List.of(17));
    }

    static Instant eventStart(int i) {
        return LocalDate.parse("2024-01-08")
                .plusWeeks(i)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .plus(8, ChronoUnit.HOURS);
    }

    static int eventOf(int participation) {
        return participation % EVENTS;
    }

    /** The volunteer of an even participation (each volunteer at one event at most); -1 for a named delegate. */
    static int volunteerOf(int participation) {
        return participation % 2 == 0 ? participation / 2 : -1;
    }

    /** Who takes part and in which role: a volunteer by id, or a partner's delegate by name. */
    Map<String, Object> participant(int j, String volunteerId, String organizationId) {
        return volunteerId != null
                ? object("volunteerId", volunteerId, "role", "VOLUNTEER")
                : object(
                        "organizationId",
                        organizationId,
                        "name",
                        "Bench " + tag + " delegate " + j,
                        "role",
                        "DELEGATE");
    }

    /** Nine in ten attended; the tenth did not come. */
    static String attendance(int participation) {
        return participation % 10 == 0 ? "NO_SHOW" : "ATTENDED";
    }

    Map<String, Object> deployment(int k, String volunteerId, String hubId, String hostId) {
        return object(
                "volunteerId",
                volunteerId,
                "sendingOrganizationId",
                hubId,
                "hostOrganizationId",
                hostId,
                "country",
                country(partnerOf(k)),
                "programme",
                "NATIONAL_FOREIGN_AID",
                "role",
                "Community health volunteer",
                "plannedStart",
                arrivedOn(k).toString(),
                "plannedEnd",
                completedOn(k).toString(),
                "sdgs",
                List.of(3));
    }

    static LocalDate arrivedOn(int deployment) {
        return LocalDate.parse("2023-01-02").plusMonths(deployment);
    }

    static LocalDate completedOn(int deployment) {
        return arrivedOn(deployment).plusMonths(6);
    }

    static int deploymentOf(int hours) {
        return hours % DEPLOYMENTS;
    }

    Map<String, Object> hours(int h, String volunteerId, String deploymentId) {
        int k = deploymentOf(h);
        return object(
                "volunteerId",
                volunteerId,
                "deploymentId",
                deploymentId,
                "date",
                arrivedOn(k).plusDays(14).plusMonths(h / DEPLOYMENTS).toString(),
                "hours",
                new BigDecimal("7.5"),
                "activity",
                "Programme support",
                "sdgs",
                List.of(3));
    }

    private static String country(int organization) {
        return organization == HUB ? "CN" : COUNTRIES.get(organization % COUNTRIES.size());
    }

    /** A body with its members in order; a null value is left out. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                object.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return object;
    }
}
