package org.southsouth.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.southsouth.demo.ClientCredentials;
import org.southsouth.demo.GatewayClient;

/**
 * Issue 16's goal on the packaged platform: the network of {@link BulkNetwork} loaded through the gateway in batches
 * (requests and wall time), beside the same network (its own names and external ids) one record per request in the
 * same run; then mirrors kept only from the changes feeds of organizations, contacts, volunteers and participations,
 * through updates, deletions and erasures at the source, compared with what the list operations answer.
 *
 * <p>Both loads run as one client registered for them with its own rate limit of {@value #RATE_LIMIT} requests a
 * minute (the most a client may be given; some 1,700 a second), so the limiter is not what the one-by-one load
 * measures: it never answers 429 at the few hundred requests a second this machine serves.
 */
public final class BulkBenchmark {

    private static final int RATE_LIMIT = 100_000;
    private static final String CLIENT_ID = "bench-bulk-loader";
    private static final int UPDATED_ORGANIZATIONS = 10;
    private static final int UPDATED_VOLUNTEERS = 100;
    private static final int MOVED_PARTICIPATIONS = 20;
    private static final int DELETED_CONTACTS = 20;
    private static final int ERASED_VOLUNTEERS = 10;
    private static final String UPDATED_BIO = "Updated after the load";
    /** How long a mirror may read its feed before a change made at the source must show. */
    private static final Duration CHANGES_SHOWN_WITHIN = Duration.ofSeconds(60);

    private final BenchPlatform bench;
    private final ClientCredentials loader;

    private BulkBenchmark(BenchPlatform bench, ClientCredentials loader) {
        this.bench = bench;
        this.loader = loader;
    }

    public static void main(String[] args) throws Exception {
        try (BenchPlatform bench = BenchPlatform.start()) {
            new BulkBenchmark(bench, register(bench)).run();
        }
    }

    private void run() {
        System.out.printf(
                "Network of issue 16: %d organizations, %d partnerships, %,d volunteers, %d events with %,d "
                        + "participations and their attendance, %d deployments, %d hour entries%n",
                BulkNetwork.ORGANIZATIONS,
                BulkNetwork.PARTNERSHIPS,
                BulkNetwork.VOLUNTEERS,
                BulkNetwork.EVENTS,
                BulkNetwork.PARTICIPATIONS,
                BulkNetwork.DEPLOYMENTS,
                BulkNetwork.HOURS);
        GatewayClient batchClient = new GatewayClient(bench.gatewayUrl(), loader);
        BatchLoad batches = new BatchLoad(batchClient, new BulkNetwork("batch"));
        Measured inBatches = measure(batchClient, batches, "in batches");
        GatewayClient singleClient = new GatewayClient(bench.gatewayUrl(), loader);
        Measured oneByOne = measure(
                singleClient, new OneByOneLoad(singleClient, new BulkNetwork("single")), "one record per request");
        System.out.printf("%n  %-28s %9s %11s %8s%n", "through the gateway", "requests", "wall time", "failed");
        inBatches.print("in batches");
        oneByOne.print("one record per request");
        boolean met = inBatches.requests <= 100 && inBatches.seconds < 30 && inBatches.failed == 0;
        System.out.printf(
                "  goal (batches: at most 100 requests, under 30 s): %s; %.0f× fewer requests, " + "%.1f× faster%n",
                met ? "met" : "NOT met",
                (double) oneByOne.requests / inBatches.requests,
                oneByOne.seconds / inBatches.seconds);
        mirror(batchClient, batches);
    }

    private static Measured measure(GatewayClient api, NetworkLoad load, String how) {
        long before = api.requests();
        long begin = System.nanoTime();
        load.run(how);
        Measured measured = new Measured(api.requests() - before, (System.nanoTime() - begin) / 1e9, load.failures());
        load.failures().stream().limit(5).forEach(failure -> System.out.println("    ✗ " + failure));
        return measured;
    }

    /** Mirrors from the feeds, changes at the source, the feeds read again, each mirror compared with its list. */
    private void mirror(GatewayClient api, BatchLoad source) {
        Map<String, ChangesMirror> mirrors = new LinkedHashMap<>();
        mirrors.put("organizations", new ChangesMirror(api, "/api/v1/organizations/changes"));
        mirrors.put("contacts", new ChangesMirror(api, "/api/v1/organizations/contacts/changes"));
        mirrors.put("volunteers", new ChangesMirror(api, "/api/v1/volunteers/changes"));
        mirrors.put("participations", new ChangesMirror(api, "/api/v1/participations/changes"));
        System.out.printf("%nMirrors kept from the changes feeds (pages of 500):%n");
        catchUp(api, mirrors, "  from the start");

        int failedBefore = source.failures().size();
        List<String> contacts = addContacts(source);
        catchUp(api, mirrors, "  after " + contacts.size() + " contacts added");
        List<Integer> erased = new ArrayList<>();
        for (int v = UPDATED_VOLUNTEERS; v < UPDATED_VOLUNTEERS + ERASED_VOLUNTEERS; v++) {
            erased.add(v);
        }
        // Erasures first: events-service learns them through Kafka while the other changes are made. The erased
        // follow the updated volunteers, and each took part in an event.
        erased.forEach(v -> api.post("/api/v1/volunteers/" + source.volunteers[v] + "/erasure", null, null));
        source.upsert(
                "/api/v1/organizations/bulk",
                "organization",
                UPDATED_ORGANIZATIONS,
                i -> {
                    Map<String, Object> item = source.network.organization(i);
                    item.put("website", website(i));
                    return item;
                },
                new String[UPDATED_ORGANIZATIONS]);
        source.upsert(
                "/api/v1/volunteers/bulk",
                "volunteer",
                UPDATED_VOLUNTEERS,
                i -> {
                    Map<String, Object> item =
                            source.network.volunteer(i, source.organization(BulkNetwork.partnerOf(i)));
                    item.put("bio", UPDATED_BIO);
                    return item;
                },
                new String[UPDATED_VOLUNTEERS]);
        List<Integer> attended = new ArrayList<>();
        for (int j = 1; attended.size() < MOVED_PARTICIPATIONS; j += 2) {
            if (BulkNetwork.attendance(j).equals("ATTENDED") && !erased.contains(BulkNetwork.volunteerOf(j))) {
                attended.add(j);
            }
        }
        moveToNoShow(source, attended);
        for (int c = 0; c < DELETED_CONTACTS; c++) {
            api.delete("/api/v1/organizations/" + source.organization(BulkNetwork.partnerOf(c)) + "/contacts/"
                    + contacts.get(c));
        }
        System.out.printf(
                "  at the source: %d volunteers erased, %d organizations and %d volunteers updated "
                        + "(batches), %d participations ATTENDED → NO_SHOW (batch), %d contacts deleted%n",
                ERASED_VOLUNTEERS, UPDATED_ORGANIZATIONS, UPDATED_VOLUNTEERS, MOVED_PARTICIPATIONS, DELETED_CONTACTS);
        source.failures().stream()
                .skip(failedBefore)
                .limit(5)
                .forEach(failure -> System.out.println("    ✗ " + failure));
        // Each mirror reads its feed until it shows every change made: the erasures reach events-service through
        // Kafka, and a feed serves a change only once no earlier one can still appear.
        Map<String, Predicate<ChangesMirror>> changes = new LinkedHashMap<>();
        changes.put(
                "organizations",
                mirror -> range(UPDATED_ORGANIZATIONS)
                        .allMatch(i -> website(i)
                                .equals(mirror.record(source.organizations[i])
                                        .path("website")
                                        .asText())));
        changes.put(
                "contacts",
                mirror -> range(DELETED_CONTACTS).allMatch(c -> "deleted".equals(mirror.tombstone(contacts.get(c)))));
        changes.put(
                "volunteers",
                mirror -> range(UPDATED_VOLUNTEERS)
                                .allMatch(i -> UPDATED_BIO.equals(mirror.record(source.volunteers[i])
                                        .path("bio")
                                        .asText()))
                        && erased.stream().allMatch(v -> "erased".equals(mirror.tombstone(source.volunteers[v]))));
        changes.put(
                "participations",
                mirror -> attended.stream()
                                .allMatch(j -> "NO_SHOW"
                                        .equals(mirror.record(source.participations[j])
                                                .path("status")
                                                .asText()))
                        && range(BulkNetwork.PARTICIPATIONS)
                                .filter(j -> erased.contains(BulkNetwork.volunteerOf(j)))
                                .allMatch(j -> mirror.record(source.participations[j])
                                        .path("erased")
                                        .asBoolean()));
        long before = api.requests();
        long begin = System.nanoTime();
        List<String> notShown = new ArrayList<>();
        mirrors.forEach((family, mirror) -> {
            if (!mirror.catchUpUntil(changes.get(family), CHANGES_SHOWN_WITHIN)) {
                notShown.add(family);
            }
        });
        System.out.printf(
                "  after the changes, until each mirror shows them: %d feed requests, %.1f s%s%n",
                api.requests() - before,
                (System.nanoTime() - begin) / 1e9,
                notShown.isEmpty() ? "" : "; NOT shown within " + CHANGES_SHOWN_WITHIN.toSeconds() + " s: " + notShown);

        Map<String, Map<String, JsonNode>> lists = new LinkedHashMap<>();
        lists.put("organizations", byId(api.listAll("/api/v1/organizations")));
        lists.put("contacts", contactLists(api, lists.get("organizations").keySet()));
        Map<String, JsonNode> volunteers = byId(api.listAll("/api/v1/volunteers"));
        volunteers
                .values()
                .removeIf(volunteer -> "ERASED".equals(volunteer.path("status").asText()));
        lists.put("volunteers", volunteers);
        lists.put("participations", participationLists(api));
        System.out.printf("%n  %-16s %8s %8s %-12s %s%n", "family", "source", "mirror", "mirror==list", "tombstones");
        mirrors.forEach((family, mirror) -> {
            Map<String, JsonNode> listed = lists.get(family);
            int differences = mirror.differences(listed);
            System.out.printf(
                    "  %-16s %,8d %,8d %-12s %s%n",
                    family,
                    listed.size(),
                    mirror.records().size(),
                    differences == 0 ? "yes" : "NO (" + differences + ")",
                    mirror.tombstonesByReason());
            if (differences > 0) {
                System.out.println("      " + mirror.firstDifference(listed));
            }
        });
    }

    private static void catchUp(GatewayClient api, Map<String, ChangesMirror> mirrors, String when) {
        long before = api.requests();
        long begin = System.nanoTime();
        mirrors.values().forEach(ChangesMirror::catchUp);
        System.out.printf(
                "%s: %d feed requests, %.1f s%n", when, api.requests() - before, (System.nanoTime() - begin) / 1e9);
    }

    private static String website(int organization) {
        return "https://bench-" + organization + ".example.org";
    }

    private static IntStream range(int count) {
        return IntStream.range(0, count);
    }

    /** Two contacts for each partner, in one batch; their ids in order. */
    private static List<String> addContacts(BatchLoad source) {
        int count = 2 * BulkNetwork.PARTNERSHIPS;
        String[] added = new String[count];
        source.upsert(
                "/api/v1/organizations/contacts/bulk",
                "contact",
                count,
                c -> BulkNetwork.object(
                        "organizationId",
                        source.organization(BulkNetwork.partnerOf(c)),
                        "name",
                        "Bench contact " + c,
                        "role",
                        "Programme officer",
                        "email",
                        "contact-" + c + "@bench.example.org"),
                added);
        return Arrays.asList(added);
    }

    private static void moveToNoShow(BatchLoad source, List<Integer> participations) {
        source.upsert(
                "/api/v1/participations/bulk",
                "participation",
                participations.size(),
                i -> {
                    // The externalId the participation was loaded under, not the item's place in this batch.
                    Map<String, Object> item = source.participation(participations.get(i), "NO_SHOW");
                    item.put("externalId", source.network.externalId("participation", participations.get(i)));
                    return item;
                },
                new String[participations.size()]);
    }

    private static Map<String, JsonNode> contactLists(GatewayClient api, Iterable<String> organizations) {
        Map<String, JsonNode> contacts = new HashMap<>();
        for (String organization : organizations) {
            api.get("/api/v1/organizations/" + organization + "/contacts")
                    .body()
                    .forEach(contact -> contacts.put(contact.path("id").asText(), contact));
        }
        return contacts;
    }

    private static Map<String, JsonNode> participationLists(GatewayClient api) {
        Map<String, JsonNode> participations = new HashMap<>();
        for (JsonNode event : api.listAll("/api/v1/events")) {
            participations.putAll(
                    byId(api.listAll("/api/v1/events/" + event.path("id").asText() + "/participations")));
        }
        return participations;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> byId = new HashMap<>();
        records.forEach(record -> byId.put(record.path("id").asText(), record));
        return byId;
    }

    /** The client both loads run as: a coordinator with its own rate limit, registered by the bootstrap admin. */
    private static ClientCredentials register(BenchPlatform bench) throws Exception {
        String registration = new ObjectMapper()
                .writeValueAsString(Map.of(
                        "clientId",
                        CLIENT_ID,
                        "name",
                        "Bulk benchmark loader",
                        "roles",
                        List.of("coordinator"),
                        "rateLimitPerMinute",
                        RATE_LIMIT));
        HttpResponse<String> registered = bench.send(bench.request(bench.gatewayUrl() + "/admin/v1/clients")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registration))
                .build());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(
                    "The loader's client was not registered: " + registered.statusCode() + " " + registered.body());
        }
        String secret = new ObjectMapper()
                .readTree(registered.body())
                .path("clientSecret")
                .asText();
        return new ClientCredentials(CLIENT_ID, secret, null);
    }

    private record Measured(long requests, double seconds, long failed) {

        Measured(long requests, double seconds, List<String> failures) {
            this(requests, seconds, failures.size());
        }

        void print(String how) {
            System.out.printf("  %-28s %,9d %9.1f s %8d%n", how, requests, seconds, failed);
        }
    }
}
