package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** No input gets a 5xx: each is refused with a 4xx problem naming what to fix, and changes nothing. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InputRefusalTest {

    private static final int RACERS = 8;

    private static UUID home;
    private static UUID host;

    @BeforeEach
    void organizations() {
        if (home == null) {
            home = Organizations.active("CN");
            host = Organizations.active("NP");
        }
    }

    private static io.restassured.response.Response plan(String volunteer, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("sendingOrganizationId", home.toString());
        body.put("hostOrganizationId", host.toString());
        body.put("country", "NP");
        body.put("programme", "NATIONAL_FOREIGN_AID");
        body.put("role", "Community health advisor");
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        body.put("sdgs", List.of(3));
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/deployments");
    }

    private static void refused(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static io.restassured.response.Response register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/volunteers");
    }

    @Test
    void textNoDatabaseCanKeepIsRefusedNamingTheField() {
        Map<String, Object> nul = Volunteers.profile(home);
        nul.put("name", "a\u0000b");
        refused(register(nul), "name");

        Map<String, Object> loneSurrogate = Volunteers.profile(home);
        loneSurrogate.put("bio", "a\ud800b");
        refused(register(loneSurrogate), "bio");
    }

    @Test
    void aDateOutsideTheAcceptedRangeIsRefusedNamingTheField() {
        String volunteer = Volunteers.register(home);
        refused(plan(volunteer, "2027-01-15", "+999999999-12-31"), "plannedEnd");
        refused(given().get("/api/v1/service-hours?from=+999999999-12-31"), "from");
    }

    @Test
    void fieldsABodyMayNotCarryAreRefusedNamingThem() {
        Map<String, Object> unknown = Volunteers.profile(home);
        unknown.put("nickname", "Ami");
        refused(register(unknown), "nickname");

        Map<String, Object> readOnly = Volunteers.profile(home);
        readOnly.put("id", UUID.randomUUID().toString());
        refused(register(readOnly), "id");

        Map<String, Object> coerced = Volunteers.profile(home);
        coerced.put("name", 12345);
        refused(register(coerced), "name");
    }

    @Test
    void aBodyMustBeExactlyOneJsonDocument() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"x\",\"label\":\"X\"} trailing")
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"y\",\"label\":\"Y\"}{\"code\":\"z\",\"label\":\"Z\"}")
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(400);
        given().get("/api/v1/volunteers/skills").then().body("code", org.hamcrest.Matchers.not(hasItem("y")));
    }

    @Test
    void aPageBeyondTheLastOffsetIsRefusedNamingPage() {
        for (String list : List.of(
                "/api/v1/deployments", "/api/v1/service-hours", "/api/v1/host-organizations", "/api/v1/volunteers")) {
            refused(given().get(list + "?page=2147483647&size=200"), "page");
            refused(given().get(list + "?page=abc"), "page");
        }
    }

    @Test
    void concurrentPatchesOfOneVolunteerWithoutIfMatchAllSucceedOrConflict() throws Exception {
        String volunteer = Volunteers.register(home);
        List<Integer> statuses = race(i -> given().contentType("application/merge-patch+json")
                .body(Map.of("bio", "Edition " + i))
                .patch("/api/v1/volunteers/" + volunteer)
                .statusCode());

        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "statuses: " + statuses);
    }

    @Test
    void concurrentPatchesOfOneDeploymentWithoutIfMatchAllSucceedOrConflict() throws Exception {
        String volunteer = Volunteers.register(home);
        String deployment = plan(volunteer, "2027-01-15", "2027-10-15")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Integer> statuses = race(i -> given().contentType("application/merge-patch+json")
                .body(Map.of("role", "Advisor " + i))
                .patch("/api/v1/deployments/" + deployment)
                .statusCode());

        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "statuses: " + statuses);
    }

    @Test
    void concurrentIdenticalPlansGiveOneDeploymentAndQuickConflicts() throws Exception {
        String volunteer = Volunteers.register(home);
        long started = System.nanoTime();
        List<Integer> statuses =
                race(i -> plan(volunteer, "2029-01-15", "2029-10-15").statusCode());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
        assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
        assertTrue(millis < 3_000, "took " + millis + " ms");
        given().get("/api/v1/deployments?volunteerId=" + volunteer).then().body("total", equalTo(1));
    }

    @Test
    void concurrentIdenticalSkillsGiveOneSkillAndConflicts() throws Exception {
        String code = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> statuses = race(i -> given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "label", "A skill"))
                .post("/api/v1/volunteers/skills")
                .statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
        assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
    }

    interface Request {
        int send(int racer);
    }

    private static List<Integer> race(Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                racers.add(() -> request.send(racer));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(racers)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
