package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.southsouth.backbone.ConsumerReadiness;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** Readiness says, for each topic the service learns from, whether its consumer reads it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ConsumerReadinessTest {

    private static final String CONSUMERS = "checks.find { it.name == 'kafka-consumers' }";

    @Test
    void readinessReportsTheConsumerOfEachTopicTheServiceLearnsFrom() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(CONSUMERS + ".status", equalTo("UP"))
                .body(CONSUMERS + ".data.'partner.organizations'", equalTo(ConsumerReadiness.READING))
                .body(CONSUMERS + ".data.'events.participations'", equalTo(ConsumerReadiness.READING));
    }
}
