package org.southsouth.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

/**
 * Requests that read a record and then write it, sent at the same moment without If-Match: each waits for the others'
 * row lock and sees what they committed, so every one gets the answer its rules give and no change is lost.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ConcurrentChangesTest {

    private static final int AT_ONCE = 8;
    private static final List<String> LANGUAGES = List.of("fr", "es", "pt", "ar", "ru", "sw", "hi", "zh");

    @Test
    void theSameOrganizationStatusMoveSentAtOnceIsTakenOnceAndRepeatsAnswer200() throws Exception {
        String id = Organizations.register("Timor-Leste Volunteer Link", "22", "TL");

        List<Integer> statuses = atOnce(i -> () -> given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "on", "2024-05-02"))
                .post("/api/v1/organizations/" + id + "/status")
                .statusCode());

        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        given().get("/api/v1/organizations/" + id)
                .then()
                .header("ETag", "\"2\"")
                .body("status", equalTo("ACTIVE"))
                .body("joinedNetworkOn", equalTo("2024-05-02"));
    }

    @Test
    void theSamePartnershipStepSentAtOnceIsTakenOnceAndRepeatsAnswer200() throws Exception {
        String a = Organizations.register("Lao Youth Exchange", "22", "LA");
        String b = Organizations.register("Cambodia Service Corps", "22", "KH");
        String id = Partnerships.create(Partnerships.body("Mekong exchange", "MOU", a, "FUNDING", b, "IMPLEMENTING"));

        List<Integer> statuses = atOnce(i -> () -> given().contentType(ContentType.JSON)
                .body(Map.of("status", "SIGNED", "on", "2024-03-01"))
                .post("/api/v1/partnerships/" + id + "/status")
                .statusCode());

        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        given().get("/api/v1/partnerships/" + id)
                .then()
                .header("ETag", "\"2\"")
                .body("status", equalTo("SIGNED"))
                .body("signedOn", equalTo("2024-03-01"));
    }

    @Test
    void mergePatchesSentAtOnceWithoutIfMatchAreAllApplied() throws Exception {
        String id = Organizations.register("Pacific Islands Volunteer Network", "22", "FJ");

        List<Integer> statuses = atOnce(i -> () -> given().contentType("application/merge-patch+json")
                .body(Map.of("nameTranslations", Map.of(LANGUAGES.get(i), "PIVN " + i)))
                .patch("/api/v1/organizations/" + id)
                .statusCode());

        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        Map<String, String> translations = given().get("/api/v1/organizations/" + id)
                .then()
                .header("ETag", "\"" + (1 + AT_ONCE) + "\"")
                .extract()
                .path("nameTranslations");
        assertEquals(
                LANGUAGES.stream().sorted().toList(),
                translations.keySet().stream().sorted().toList());
    }

    /** Sends AT_ONCE requests released together; the answers' status codes. */
    private static List<Integer> atOnce(IntFunction<Callable<Integer>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        try {
            List<Callable<Integer>> requests = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> (Callable<Integer>) () -> {
                        start.await();
                        return request.apply(i).call();
                    })
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(requests)) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
