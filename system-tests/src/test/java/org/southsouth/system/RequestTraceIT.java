package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.southsouth.contracts.Topics;

/**
 * One request, one trace: the gateway, the service that owns the record and a consumer of its event all add their
 * spans to the trace the caller started. The system tests run the services with tracing on and each span logged
 * (system-tests/pom.xml), so the spans are read from the services' logs.
 */
@ExtendWith(RunningPlatform.class)
class RequestTraceIT {

    @Test
    void anOrganizationsRegistrationIsOneTraceFromTheGatewayThroughPartnerServiceToAConsumer() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        given().contentType(ContentType.JSON)
                .header("traceparent", traceparent)
                .body(Map.of("name", "Timor-Leste Volunteer Corps", "type", "22", "country", "TL"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);

        String topic = Topics.PARTNER_ORGANIZATIONS;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertTrue(hasSpan("gateway", traceId, "kind=SERVER"), "the gateway's span");
                    assertTrue(hasSpan("gateway", traceId, "kind=CLIENT"), "the gateway's call to partner-service");
                    assertTrue(hasSpan("partner-service", traceId, "kind=SERVER"), "partner-service's span");
                    assertTrue(hasSpan("partner-service", traceId, "name='" + topic + " publish'"), "the relay's span");
                    assertTrue(
                            hasSpan("volunteer-service", traceId, "name='" + topic + " process'"),
                            "the consumer's span");
                });
        String gatewayCall = spanId(span("gateway", traceId, "kind=CLIENT"));
        assertTrue(
                span("partner-service", traceId, "kind=SERVER").contains("parent=" + gatewayCall),
                "partner-service's span is a child of the gateway's call");
    }

    private static String span(String service, String traceId, String detail) {
        return spanLines(service).stream()
                .filter(line -> line.contains("span trace=" + traceId) && line.contains(detail))
                .findFirst()
                .orElseThrow();
    }

    private static String spanId(String line) {
        return line.replaceFirst(".* id=([0-9a-f]{16}) .*", "$1");
    }

    private static boolean hasSpan(String service, String traceId, String detail) {
        return spanLines(service).stream()
                .anyMatch(line -> line.contains("span trace=" + traceId) && line.contains(detail));
    }

    private static List<String> spanLines(String service) {
        Path log = RunningPlatform.platform().logDir().resolve(service + ".log");
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("span trace="))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
