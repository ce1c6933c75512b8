package org.southsouth.partner.organization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OrganizationExportTest {

    @Test
    void streamsEveryMatchingOrganizationAsCsvWithChineseIntactAcrossPages() {
        String marker = "导出" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> first = Organizations.body("北京志愿服务联合会, \"BVF\" " + marker, "22", "CN");
        first.put("nameTranslations", Map.of("en", "Beijing Volunteer Service Federation"));
        first.put("sdgs", List.of(4, 17));
        String firstId = Organizations.register(first);
        for (int i = 0; i < 204; i++) {
            Organizations.register("Member " + i + " " + marker, "22", "NP");
        }
        Organizations.register("Elsewhere " + UUID.randomUUID(), "22", "NP");

        byte[] body = given().queryParam("q", marker)
                .when()
                .get("/api/v1/organizations/export.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertEquals('i', csv.charAt(0), "no byte order mark");
        List<String> lines = csv.lines().toList();
        assertEquals(OrganizationExportResource.HEADER, lines.get(0));
        assertEquals(1 + 205, lines.size(), "header and every match, over two pages, nothing else");
        assertTrue(
                lines.get(1)
                        .startsWith(firstId + ",\"北京志愿服务联合会, \"\"BVF\"\" " + marker
                                + "\",en=Beijing Volunteer Service Federation,,22,CN," + "ASIA_AND_THE_PACIFIC,"),
                lines.get(1));
        assertTrue(lines.get(1).contains(",4 17,"), lines.get(1));
        assertEquals(
                204,
                lines.stream().filter(l -> l.contains("Member ")).distinct().count(),
                "no row twice");
        assertTrue(csv.contains("\r\n"));
    }

    @Test
    void aNameAspreadsheetWouldRunAsAFormulaIsExportedAsText() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = Organizations.register("=HYPERLINK(\"http://x\") " + marker, "22", "NP");

        String csv = given().queryParam("q", marker)
                .when()
                .get("/api/v1/organizations/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertTrue(csv.contains(id + ",\"'=HYPERLINK(\"\"http://x\"\") " + marker + "\","), csv);
    }

    @Test
    void aBadFilterIsAProblem() {
        given().queryParam("sdg", "18")
                .when()
                .get("/api/v1/organizations/export.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
