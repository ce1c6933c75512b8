package org.southsouth.benchmarks;

import java.util.function.IntFunction;
import org.southsouth.demo.ApiException;
import org.southsouth.demo.GatewayClient;

/**
 * The same network one record per request, as an integrator without batches must send it: a POST per record and a
 * POST per status step (a deployment's arrival and return, an event's opening, a participation's attendance).
 */
final class OneByOneLoad extends NetworkLoad {

    OneByOneLoad(GatewayClient api, BulkNetwork network) {
        super(api, network);
    }

    @Override
    void organizations() {
        create(
                "organization",
                BulkNetwork.ORGANIZATIONS,
                i -> api.post("/api/v1/organizations", null, network.organization(i))
                        .id(),
                organizations);
    }

    @Override
    void partnerships() {
        create(
                "partnership",
                BulkNetwork.PARTNERSHIPS,
                i -> api.post(
                                "/api/v1/partnerships",
                                null,
                                network.partnership(i + 1, organization(BulkNetwork.HUB), organization(i + 1)))
                        .id(),
                new String[BulkNetwork.PARTNERSHIPS]);
    }

    @Override
    void volunteers() {
        create(
                "volunteer",
                BulkNetwork.VOLUNTEERS,
                i -> api.post("/api/v1/volunteers", null, network.volunteer(i, organization(BulkNetwork.partnerOf(i))))
                        .id(),
                volunteers);
    }

    @Override
    void deployments() {
        create(
                "deployment",
                BulkNetwork.DEPLOYMENTS,
                k -> {
                    String id = api.post(
                                    "/api/v1/deployments",
                                    null,
                                    network.deployment(
                                            k,
                                            volunteers[k],
                                            organization(BulkNetwork.HUB),
                                            organization(BulkNetwork.partnerOf(k))))
                            .id();
                    String status = "/api/v1/deployments/" + id + "/status";
                    api.post(
                            status,
                            null,
                            BulkNetwork.object(
                                    "status",
                                    "ACTIVE",
                                    "on",
                                    BulkNetwork.arrivedOn(k).toString()));
                    api.post(
                            status,
                            null,
                            BulkNetwork.object(
                                    "status",
                                    "COMPLETED",
                                    "on",
                                    BulkNetwork.completedOn(k).toString()));
                    return id;
                },
                deployments);
    }

    @Override
    void hours() {
        create(
                "hours",
                BulkNetwork.HOURS,
                h -> {
                    int k = BulkNetwork.deploymentOf(h);
                    return api.post("/api/v1/service-hours", null, network.hours(h, volunteers[k], deployments[k]))
                            .id();
                },
                new String[BulkNetwork.HOURS]);
    }

    @Override
    void events() {
        create(
                "event",
                BulkNetwork.EVENTS,
                i -> {
                    String id = api.post(
                                    "/api/v1/events", null, network.event(i, organization(BulkNetwork.partnerOf(i))))
                            .id();
                    api.post("/api/v1/events/" + id + "/status", null, BulkNetwork.object("status", "OPEN"));
                    return id;
                },
                events);
    }

    @Override
    void participations() {
        create(
                "participation",
                BulkNetwork.PARTICIPATIONS,
                j -> {
                    int volunteer = BulkNetwork.volunteerOf(j);
                    String participations = "/api/v1/events/" + events[BulkNetwork.eventOf(j)] + "/participations";
                    String id = api.post(
                                    participations,
                                    null,
                                    network.participant(
                                            j,
                                            volunteer < 0 ? null : volunteers[volunteer],
                                            organization(BulkNetwork.partnerOf(j))))
                            .id();
                    api.post(
                            participations + "/" + id + "/status",
                            null,
                            BulkNetwork.object(
                                    "status",
                                    BulkNetwork.attendance(j),
                                    "at",
                                    BulkNetwork.eventStart(BulkNetwork.eventOf(j))
                                            .toString()));
                    return id;
                },
                participations);
    }

    private void create(String family, int count, IntFunction<String> write, String[] ids) {
        inParallel(count, i -> {
            try {
                ids[i] = write.apply(i);
            } catch (ApiException e) {
                failed(family + " " + i + ": " + e.getMessage());
            }
        });
    }
}
