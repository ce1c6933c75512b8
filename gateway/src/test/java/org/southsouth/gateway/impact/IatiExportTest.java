package org.southsouth.gateway.impact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
@WithTestResource(ImpactStubs.class)
class IatiExportTest {

    @Test
    void exportsPartnershipsDeploymentsAndEventsAsIatiActivities() throws Exception {
        byte[] xml = given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/v1/impact/iati-activities.xml")
                .then()
                .statusCode(200)
                .contentType("application/xml")
                .extract()
                .asByteArray();
        assertEquals(List.of(), IatiSchema.violations(xml), "valid against the IATI 2.03 activity schema");
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = document.getDocumentElement();
        assertEquals("iati-activities", root.getTagName());
        assertEquals("2.03", root.getAttribute("version"));
        List<Element> activities = children(root, "iati-activity");
        assertEquals(
                List.of(
                        "XM-SOUTHSOUTH-PARTNERSHIP-11111111-1111-4111-8111-111111111111",
                        "XM-SOUTHSOUTH-DEPLOYMENT-33333333-3333-4333-8333-333333333333",
                        "XM-SOUTHSOUTH-EVENT-55555555-5555-4555-8555-555555555555"),
                activities.stream().map(a -> text(a, "iati-identifier")).toList(),
                "drafts are not published");

        Element partnership = activities.get(0);
        assertEquals("北京–加德满都志愿者交流", text(child(partnership, "title"), "narrative"));
        List<Element> parties = children(partnership, "participating-org");
        assertEquals("1", parties.get(0).getAttribute("role"));
        assertEquals("", parties.get(0).getAttribute("ref"), "no registry identifier is known, none is invented");
        assertEquals("北京志愿服务联合会", text(parties.get(0), "narrative"));
        assertEquals("4", parties.get(1).getAttribute("role"));
        assertEquals("尼泊尔青年志愿者", text(parties.get(1), "narrative"));
        assertEquals("2", child(partnership, "activity-status").getAttribute("code"));
        assertEquals(
                List.of("CN:34", "NP:33", "KE:33"),
                children(partnership, "recipient-country").stream()
                        .map(c -> c.getAttribute("code") + ":" + c.getAttribute("percentage"))
                        .toList());
        assertEquals(
                List.of("7:4", "7:17", "8:4.7", "8:17.9"),
                children(partnership, "sector").stream()
                        .map(t -> t.getAttribute("vocabulary") + ":" + t.getAttribute("code"))
                        .toList());
        assertEquals(
                List.of("2:4", "2:17", "3:4.7", "3:17.9"),
                children(partnership, "tag").stream()
                        .map(t -> t.getAttribute("vocabulary") + ":" + t.getAttribute("code"))
                        .toList());
        assertEquals("2024-03-05T08:00:00Z", partnership.getAttribute("last-updated-datetime"));

        Element deployment = activities.get(1);
        List<Element> orgs = children(deployment, "participating-org");
        assertEquals(
                List.of("3", "4"),
                orgs.stream().map(o -> o.getAttribute("role")).toList());
        assertEquals("4", child(deployment, "activity-status").getAttribute("code"));
        assertEquals("NP", child(deployment, "recipient-country").getAttribute("code"));
        assertTrue(
                new String(xml, java.nio.charset.StandardCharsets.UTF_8).indexOf("44444444-4444") < 0,
                "no volunteer is named");

        Element event = activities.get(2);
        assertEquals("肯尼亚代表团访问北京", text(child(event, "title"), "narrative"));
        assertEquals(
                List.of("2", "4"),
                children(event, "participating-org").stream()
                        .map(o -> o.getAttribute("role"))
                        .toList());
        assertEquals(
                "Kenya Volunteer Network",
                text(children(event, "participating-org").get(1), "narrative"));
        assertEquals(
                List.of("1:2024-05-06", "3:2024-05-10", "2:2024-05-06", "4:2024-05-10"),
                children(event, "activity-date").stream()
                        .map(d -> d.getAttribute("type") + ":" + d.getAttribute("iso-date"))
                        .toList());
    }

    @Test
    void aServiceThatCannotBeReadGives503BeforeAnythingIsSent() {
        ImpactStubs.stop("volunteer");
        try {
            given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .get("/api/v1/impact/iati-activities.xml")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            ImpactStubs.start("volunteer");
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
