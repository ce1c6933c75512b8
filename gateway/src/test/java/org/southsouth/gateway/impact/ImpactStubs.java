package org.southsouth.gateway.impact;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real HTTP servers standing in for partner-, volunteer- and events-service with fixed statistics. Each records the
 * requests it got (path, query, headers) and can be stopped and started again on the same port, or made slow.
 */
public class ImpactStubs implements QuarkusTestResourceLifecycleManager {

    record Received(String service, String path, String query, String authorization, String requestId) {}

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final Map<String, Integer> DELAY_MILLIS = new ConcurrentHashMap<>();
    private static final Map<String, HttpServer> SERVERS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();

    static final String ORGANIZATIONS = """
            {"from":"1900-01-01","to":"2026-05-01","connected":83,"activeHubs":1,
             "connectedByType":[{"key":"22","count":83}],"activeByType":[{"key":"22","count":90}],
             "countriesReached":[{"key":"CN","count":2},{"key":"KE","count":1},{"key":"NP","count":80}],
             "regionsReached":[{"key":"AFRICA","count":1},{"key":"ASIA_AND_THE_PACIFIC","count":82}],
             "subregionsReached":[],"joinedByYear":[{"key":"2016","count":10},{"key":"2017","count":73}]}""";
    static final String PARTNERSHIPS = """
            {"from":"1900-01-01","to":"2026-05-01","partnerships":12,"byKind":[],"byStatus":[],
             "bySdg":[{"key":"4","count":5},{"key":"17","count":12}],"byCountry":[{"key":"NP","count":7}]}""";
    static final String EVENTS = """
            {"delegationVisitsHosted":20,"delegatesHosted":420,"expertMissionsCompleted":9,"expertsSent":33,
             "participants":3400,"participantsByRole":{"DELEGATE":420},"eventsByKind":{"FORUM":4},
             "eventsByCountry":{"CN":30,"NP":5},"eventsByRegion":{"ASIA_AND_THE_PACIFIC":35},"eventsBySdg":{"4":12,"17":25},
             "eventsByYear":{"2016":3,"2017":40},"eventsByMonth":{"2016-11":3,"2017-03":40},"goodPracticesBySdg":{"4":2},
             "completedBySdg":[%s],"completedByYear":[%s],"completedByMonth":[%s],"completedByCountry":[%s],
             "completedByRegion":[%s]}""".formatted(
                    completed("4", 2, 30, 1, 3) + "," + completed("17", 20, 420, 9, 33),
                    completed("2016", 5, 100, 4, 13) + "," + completed("2017", 15, 320, 5, 20),
                    completed("2016-11", 5, 100, 4, 13) + "," + completed("2017-03", 15, 320, 5, 20),
                    completed("CN", 18, 400, 0, 0) + "," + completed("NP", 2, 20, 9, 33),
                    completed("ASIA_AND_THE_PACIFIC", 20, 420, 9, 33));
    static final String VOLUNTEERS = """
            {"registered":3500,"engaged":3012,"deployed":16,"hours":5120.5,"verifiedHours":4800.25,
             "byCountry":[{"country":"KE","deployments":1,"volunteers":1},{"country":"MM","deployments":4,"volunteers":4},
                          {"country":"NP","deployments":11,"volunteers":10}],
             "byRegion":[{"region":"AFRICA","deployments":1,"volunteers":1},
                         {"region":"ASIA_AND_THE_PACIFIC","deployments":15,"volunteers":14}],
             "byProgramme":[{"programme":"UN_VOLUNTEERS","deployments":5,"volunteers":5}],
             "bySdg":[{"sdg":3,"deployments":6,"volunteers":6,"hours":300.5,"verifiedHours":280},
                      {"sdg":4,"deployments":10,"volunteers":9,"hours":120,"verifiedHours":100.5}],
             "byYear":[{"year":2016,"registered":100,"deployed":6,"hours":200,"verifiedHours":180.25},
                       {"year":2017,"registered":3400,"deployed":10,"hours":4920.5,"verifiedHours":4620}],
             "byMonth":[{"month":"2016-11","registered":100,"deployed":6,"hours":200,"verifiedHours":180.25},
                        {"month":"2017-03","registered":3400,"deployed":10,"hours":4920.5,"verifiedHours":4620}],
             "opportunities":{"total":%s,"byCountry":[%s],"byRegion":[%s],"bySdg":[%s],
                              "byProgramme":[%s]}}""".formatted(
                    tally(null, "5,2,10,4,3,12,0.4,20.5"),
                    tally("KE", "1,0,3,1,0,2,0.3333333333333333,null") + ","
                            + tally("NP", "4,2,7,3,3,10,0.42857142857142855,20.5"),
                    tally("AFRICA", "1,0,3,1,0,2,0.3333333333333333,null") + ","
                            + tally("ASIA_AND_THE_PACIFIC", "4,2,7,3,3,10,0.42857142857142855,20.5"),
                    tally("3", "2,1,4,2,1,5,0.5,20.5") + "," + tally("4", "3,1,6,2,2,7,0.3333333333333333,null"),
                    tally("UN_VOLUNTEERS", "5,2,10,4,3,12,0.4,20.5"));

    /** What volunteer-service's statistics answer instead of {@link #VOLUNTEERS}, when a test sets it. */
    static final AtomicReference<String> VOLUNTEERS_INSTEAD = new AtomicReference<>();

    static final String HUB = "0b6f4f5e-1d2c-4a3b-9c8d-7e6f5a4b3c2d";
    static final String NEPAL_VIO = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60";
    static final String KENYA_VIO = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    static final List<String> ORGANIZATION_LIST = List.of(
            "{\"id\":\"" + HUB + "\",\"name\":\"北京志愿服务联合会\",\"type\":\"22\",\"country\":\"CN\"}",
            "{\"id\":\"" + NEPAL_VIO + "\",\"name\":\"尼泊尔青年志愿者\",\"type\":\"22\",\"country\":\"NP\"}",
            "{\"id\":\"" + KENYA_VIO + "\",\"name\":\"Kenya Volunteer Network\",\"type\":\"21\",\"country\":\"KE\"}");
    static final List<String> PARTNERSHIP_LIST = List.of(
            "{\"id\":\"11111111-1111-4111-8111-111111111111\",\"title\":\"北京–加德满都志愿者交流\",\"kind\":\"EXCHANGE_PROGRAMME\","
                    + "\"status\":\"ACTIVE\",\"parties\":[{\"organizationId\":\"" + HUB + "\",\"role\":\"FUNDING\"},"
                    + "{\"organizationId\":\"" + NEPAL_VIO
                    + "\",\"role\":\"IMPLEMENTING\"}],\"sdgTargets\":[\"4.7\",\"17.9\"],"
                    + "\"sdgGoals\":[4,17],\"countries\":[\"CN\",\"NP\",\"KE\"],\"startsOn\":\"2024-03-01\",\"endsOn\":\"2025-02-28\","
                    + "\"activatedOn\":\"2024-03-05\",\"updatedAt\":\"2024-03-05T08:00:00.123Z\"}",
            "{\"id\":\"22222222-2222-4222-8222-222222222222\",\"title\":\"Draft\",\"status\":\"DRAFT\",\"parties\":[],"
                    + "\"sdgTargets\":[],\"sdgGoals\":[],\"countries\":[],\"updatedAt\":\"2024-03-05T08:00:00Z\"}");
    static final List<String> DEPLOYMENT_LIST = List.of(
            "{\"id\":\"33333333-3333-4333-8333-333333333333\",\"volunteerId\":\"44444444-4444-4444-8444-444444444444\","
                    + "\"sendingOrganizationId\":\"" + HUB + "\",\"hostOrganizationId\":\"" + NEPAL_VIO
                    + "\",\"country\":\"NP\","
                    + "\"programme\":\"NATIONAL_FOREIGN_AID\",\"role\":\"Community health advisor\",\"plannedStart\":\"2024-01-15\","
                    + "\"plannedEnd\":\"2024-10-15\",\"status\":\"COMPLETED\",\"sdgs\":[3],\"updatedAt\":\"2024-10-16T00:00:00Z\"}");
    static final List<String> EVENT_LIST = List.of(
            "{\"id\":\"55555555-5555-4555-8555-555555555555\",\"kind\":\"DELEGATION_VISIT\",\"title\":\"肯尼亚代表团访问北京\","
                    + "\"hostOrganizationId\":\"" + HUB + "\",\"partnerOrganizationIds\":[\"" + KENYA_VIO
                    + "\"],\"country\":\"CN\","
                    + "\"online\":false,\"localStart\":\"2024-05-06T09:00:00\",\"localEnd\":\"2024-05-10T17:00:00\","
                    + "\"sdgs\":[17],\"status\":\"COMPLETED\",\"updatedAt\":\"2024-05-11T00:00:00Z\"}",
            "{\"id\":\"66666666-6666-4666-8666-666666666666\",\"kind\":\"FORUM\",\"title\":\"Draft forum\",\"status\":\"DRAFT\"}");

    @Override
    public Map<String, String> start() {
        start("partner");
        start("volunteer");
        start("events");
        return Map.of(
                "gateway.upstreams.partner", "http://localhost:" + PORTS.get("partner"),
                "gateway.upstreams.volunteer", "http://localhost:" + PORTS.get("volunteer"),
                "gateway.upstreams.events", "http://localhost:" + PORTS.get("events"),
                "impact.upstream-timeout", "1s",
                "impact.iati.page-size", "2");
    }

    @Override
    public void stop() {
        SERVERS.keySet().forEach(ImpactStubs::stop);
    }

    static void stop(String service) {
        HttpServer server = SERVERS.remove(service);
        if (server != null) {
            server.stop(0);
        }
    }

    static void start(String service) {
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), PORTS.getOrDefault(service, 0)), 0);
            switch (service) {
                case "partner" -> {
                    server.createContext(
                            "/api/v1/organizations/statistics", answer(service, exchange -> ORGANIZATIONS));
                    server.createContext("/api/v1/partnerships/statistics", answer(service, exchange -> PARTNERSHIPS));
                    server.createContext(
                            "/api/v1/organizations", answer(service, exchange -> page(exchange, ORGANIZATION_LIST)));
                    server.createContext(
                            "/api/v1/partnerships", answer(service, exchange -> page(exchange, PARTNERSHIP_LIST)));
                }
                case "volunteer" -> {
                    server.createContext(
                            "/api/v1/volunteers/statistics",
                            answer(
                                    service,
                                    exchange -> Objects.requireNonNullElse(VOLUNTEERS_INSTEAD.get(), VOLUNTEERS)));
                    server.createContext(
                            "/api/v1/deployments", answer(service, exchange -> page(exchange, DEPLOYMENT_LIST)));
                }
                default -> {
                    server.createContext("/api/v1/events/statistics", answer(service, exchange -> EVENTS));
                    server.createContext("/api/v1/events", answer(service, exchange -> page(exchange, EVENT_LIST)));
                }
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            SERVERS.put(service, server);
            PORTS.put(service, server.getAddress().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * volunteer-service's OpportunityTally: {@code values} are opportunities, open ones, positions, positions filled,
     * open positions, applications, fill rate and median days to fill, comma separated.
     */
    private static String tally(String key, String values) {
        String[] v = values.split(",");
        return ("{\"key\":%s,\"opportunities\":%s,\"openOpportunities\":%s,\"positions\":%s,\"positionsFilled\":%s,"
                        + "\"openPositions\":%s,\"applications\":%s,\"fillRate\":%s,\"medianDaysToFill\":%s}")
                .formatted(key == null ? "null" : "\"" + key + "\"", v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** A row of events-service's completed-event figures. */
    private static String completed(String key, int visits, int delegates, int missions, int experts) {
        return "{\"key\":\"" + key + "\",\"delegationVisitsHosted\":" + visits + ",\"delegatesHosted\":" + delegates
                + ",\"expertMissionsCompleted\":" + missions + ",\"expertsSent\":" + experts + ",\"participants\":"
                + (delegates + experts) + "}";
    }

    /** One page of a list, as the services answer it, honouring page and size. */
    private static String page(HttpExchange exchange, List<String> items) {
        String query = exchange.getRequestURI().getRawQuery();
        int page = parameter(query, "page", 0);
        int size = parameter(query, "size", 50);
        List<String> slice =
                items.subList(Math.min(items.size(), page * size), Math.min(items.size(), (page + 1) * size));
        return "{\"items\":[" + String.join(",", slice) + "],\"page\":" + page + ",\"size\":" + size + ",\"total\":"
                + items.size() + "}";
    }

    private static int parameter(String query, String name, int otherwise) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return Integer.parseInt(pair.substring(name.length() + 1));
                }
            }
        }
        return otherwise;
    }

    interface Body {
        String of(HttpExchange exchange);
    }

    private static HttpHandler answer(String service, Body body) {
        return exchange -> {
            RECEIVED.add(new Received(
                    service,
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("X-Request-Id")));
            int delay = DELAY_MILLIS.getOrDefault(service, 0);
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = body.of(exchange).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getRequestBody().close();
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }
}
