package org.southsouth.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.southsouth.demo.GatewayClient;

/**
 * The network through the batch operations ({@code POST …/bulk}, 500 items at most), each item under this client's
 * own externalId as a partner system holding the records would send them; the batches of one type go a few at a
 * time.
 */
final class BatchLoad extends NetworkLoad {

    private static final int BATCH_SIZE = 500;
    /** Batches of one type in flight at once: each keeps a service busy for seconds; this machine has two cores. */
    private static final int PARALLEL_BATCHES = 2;

    BatchLoad(GatewayClient api, BulkNetwork network) {
        super(api, network);
    }

    @Override
    void organizations() {
        upsert(
                "/api/v1/organizations/bulk",
                "organization",
                BulkNetwork.ORGANIZATIONS,
                network::organization,
                organizations);
    }

    @Override
    void partnerships() {
        upsert(
                "/api/v1/partnerships/bulk",
                "partnership",
                BulkNetwork.PARTNERSHIPS,
                i -> network.partnership(i + 1, organization(BulkNetwork.HUB), organization(i + 1)),
                new String[BulkNetwork.PARTNERSHIPS]);
    }

    @Override
    void volunteers() {
        upsert(
                "/api/v1/volunteers/bulk",
                "volunteer",
                BulkNetwork.VOLUNTEERS,
                i -> network.volunteer(i, organization(BulkNetwork.partnerOf(i))),
                volunteers);
    }

    @Override
    void deployments() {
        upsert(
                "/api/v1/deployments/bulk",
                "deployment",
                BulkNetwork.DEPLOYMENTS,
                k -> {
                    Map<String, Object> item = network.deployment(
                            k, volunteers[k], organization(BulkNetwork.HUB), organization(BulkNetwork.partnerOf(k)));
                    item.put("status", "COMPLETED");
                    item.put("arrivedOn", BulkNetwork.arrivedOn(k).toString());
                    item.put("completedOn", BulkNetwork.completedOn(k).toString());
                    return item;
                },
                deployments);
    }

    @Override
    void hours() {
        upsert(
                "/api/v1/service-hours/bulk",
                "hours",
                BulkNetwork.HOURS,
                h -> {
                    int k = BulkNetwork.deploymentOf(h);
                    return network.hours(h, volunteers[k], deployments[k]);
                },
                new String[BulkNetwork.HOURS]);
    }

    @Override
    void events() {
        upsert(
                "/api/v1/events/bulk",
                "event",
                BulkNetwork.EVENTS,
                i -> {
                    Map<String, Object> item = network.event(i, organization(BulkNetwork.partnerOf(i)));
                    item.put("status", "OPEN");
                    return item;
                },
                events);
    }

    @Override
    void participations() {
        upsert(
                "/api/v1/participations/bulk",
                "participation",
                BulkNetwork.PARTICIPATIONS,
                j -> participation(j, BulkNetwork.attendance(j)),
                participations);
    }

    /** The item of participation {@code j} with the attendance it ends with, dated when its event began. */
    Map<String, Object> participation(int j, String status) {
        int volunteer = BulkNetwork.volunteerOf(j);
        Map<String, Object> item = network.participant(
                j, volunteer < 0 ? null : volunteers[volunteer], organization(BulkNetwork.partnerOf(j)));
        item.put("eventId", events[BulkNetwork.eventOf(j)]);
        item.put("status", status);
        item.put("at", BulkNetwork.eventStart(BulkNetwork.eventOf(j)).toString());
        return item;
    }

    /**
     * Sends items 0 to count - 1 of a family in batches, each item with the externalId of its index unless it brings
     * its own, and keeps the ids given; a failed item is kept with its problem.
     */
    List<JsonNode> upsert(String path, String family, int count, IntFunction<Map<String, Object>> item, String[] ids) {
        List<JsonNode> results = new ArrayList<>(count);
        int batches = (count + BATCH_SIZE - 1) / BATCH_SIZE;
        List<List<JsonNode>> answers = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            answers.add(null);
        }
        inParallel(PARALLEL_BATCHES, batches, b -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = b * BATCH_SIZE; i < Math.min(count, (b + 1) * BATCH_SIZE); i++) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("externalId", network.externalId(family, i));
                body.putAll(item.apply(i));
                items.add(body);
            }
            List<JsonNode> answer = api.bulk(path, items);
            synchronized (answers) {
                answers.set(b, answer);
            }
        });
        answers.forEach(results::addAll);
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            if (result.hasNonNull("id")
                    && !"failed".equals(result.path("outcome").asText())) {
                ids[i] = result.path("id").asText();
            } else {
                failed(family + " " + i + ": " + result.path("status").asInt() + " " + result.path("problem"));
            }
        }
        return results;
    }
}
