package org.southsouth.events.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventExportResourceTest {

    @Test
    void streamsEveryMatchingEventAsCsvWithChineseIntactAcrossPages() {
        String host = Fixtures.organization().toString();
        Map<String, Object> first = Fixtures.event("DELEGATION_VISIT", 1, 20);
        first.putAll(Map.of("hostOrganizationId", host, "title", "北京志愿者代表团, \"第一次\" 访问"));
        String firstId = Fixtures.create(first);
        for (int i = 0; i < 204; i++) {
            Map<String, Object> body = Fixtures.event("FORUM", 2 + i, null);
            body.put("hostOrganizationId", host);
            Fixtures.create(body);
        }
        Fixtures.create(Fixtures.event("FORUM", 3, null));

        byte[] body = given().queryParam("hostOrganizationId", host)
                .when()
                .get("/api/v1/events/export.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertEquals('i', csv.charAt(0), "no byte order mark");
        List<String> lines = csv.lines().toList();
        assertEquals(
                "id,kind,title,status,hostOrganizationId,partnerOrganizationIds,country,city,online,"
                        + "localStart,localEnd,timeZone,capacity,seatsTaken,languages,sdgs,updatedAt",
                lines.get(0));
        assertEquals(1 + 205, lines.size(), "header and every event of the host, over two pages, nothing else");
        assertTrue(
                lines.get(1).startsWith(firstId + ",DELEGATION_VISIT,\"北京志愿者代表团, \"\"第一次\"\" 访问\",DRAFT," + host + ","),
                lines.get(1));
        assertTrue(lines.get(1).contains(",Asia/Shanghai,20,0,zh en,4 17,"), lines.get(1));
        assertEquals(
                205,
                lines.stream().skip(1).map(l -> l.substring(0, 36)).distinct().count(),
                "no event twice");
    }

    @Test
    void aBadFilterIsAProblem() {
        given().queryParam("sdg", "18")
                .when()
                .get("/api/v1/events/export.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
