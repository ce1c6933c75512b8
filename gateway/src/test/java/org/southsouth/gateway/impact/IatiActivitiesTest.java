package org.southsouth.gateway.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The export over records as the services list them, including the sparse ones, against the IATI 2.03 schema. */
class IatiActivitiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUB = "0f8c8f5e-1c1a-4a55-9d6b-2f7e1b0c0001";
    private static final String NEPAL = "0f8c8f5e-1c1a-4a55-9d6b-2f7e1b0c0002";
    private static final String KENYA = "0f8c8f5e-1c1a-4a55-9d6b-2f7e1b0c0003";
    private static final ImpactConfig.Iati PUBLISHER = new ImpactConfig.Iati() {
        @Override
        public String reportingOrgRef() {
            return "XM-SOUTHSOUTH";
        }

        @Override
        public String reportingOrgName() {
            return "South-South Volunteer Partnership Network";
        }

        @Override
        public String reportingOrgType() {
            return "22";
        }

        @Override
        public int pageSize() {
            return 200;
        }
    };

    private final String xml = export(
            List.of("""
                    {"id":"11111111-1111-4111-8111-111111111111","title":"北京–加德满都志愿者交流","kind":"EXCHANGE_PROGRAMME",
                     "status":"ACTIVE","parties":[{"organizationId":"%s","role":"FUNDING"},{"organizationId":"%s","role":"IMPLEMENTING"}],
                     "sdgTargets":["4.7","17.9"],"sdgGoals":[4,17],"countries":["CN","NP","KE"],"startsOn":"2024-03-01",
                     "endsOn":"2025-02-28","activatedOn":"2024-03-05","updatedAt":"2024-03-05T08:00:00Z"}""".formatted(HUB, NEPAL), """
                    {"id":"22222222-2222-4222-8222-222222222222","title":"Volunteer management research","kind":"JOINT_RESEARCH",
                     "description":"Joint study of volunteer retention","status":"SIGNED","parties":[{"organizationId":"%s","role":"ACCOUNTABLE"}],
                     "sdgTargets":[],"sdgGoals":[],"countries":[],"startsOn":null,"endsOn":null,"signedOn":"2024-05-20","updatedAt":"2024-06-01T10:15:30.5Z"}""".formatted(KENYA)),
            List.of("""
                    {"id":"33333333-3333-4333-8333-333333333333","volunteerId":"44444444-4444-4444-8444-444444444444",
                     "sendingOrganizationId":"%s","hostOrganizationId":"%s","country":"NP","programme":"NATIONAL_FOREIGN_AID",
                     "role":"Community health advisor","plannedStart":"2024-01-15","plannedEnd":"2024-10-15","endedOn":null,
                     "status":"COMPLETED","sdgs":[3],"updatedAt":"2024-10-16T00:00:00Z"}""".formatted(HUB, NEPAL), """
                    {"id":"77777777-7777-4777-8777-777777777777","volunteerId":"88888888-8888-4888-8888-888888888888",
                     "sendingOrganizationId":"%s","hostOrganizationId":"%s","country":"KE","programme":"UN_VOLUNTEERS",
                     "role":"Youth programme officer","plannedStart":"2025-02-01","plannedEnd":"2025-12-31","endedOn":"2025-06-30",
                     "status":"ENDED_EARLY","sdgs":[],"updatedAt":"2025-07-01T09:00:00Z"}""".formatted(HUB, KENYA)),
            List.of("""
                    {"id":"55555555-5555-4555-8555-555555555555","kind":"DELEGATION_VISIT","title":"肯尼亚代表团访问北京",
                     "hostOrganizationId":"%s","partnerOrganizationIds":["%s"],"country":"CN","online":false,
                     "localStart":"2024-05-06T09:00:00","localEnd":"2024-05-10T17:00:00","sdgs":[17],"status":"COMPLETED",
                     "updatedAt":"2024-05-11T00:00:00Z"}""".formatted(HUB, KENYA), """
                    {"id":"66666666-6666-4666-8666-666666666666","kind":"WEBINAR","title":"Volunteer safety abroad",
                     "description":"Duty of care for volunteers deployed abroad","hostOrganizationId":"%s","partnerOrganizationIds":[],
                     "country":null,"online":true,"localStart":"2024-09-01T14:00:00","localEnd":"2024-09-01T16:00:00","sdgs":[],
                     "status":"OPEN","updatedAt":"2024-08-20T12:00:00Z"}""".formatted(NEPAL), """
                    {"id":"99999999-9999-4999-8999-999999999999","kind":"FORUM","title":"Draft forum","status":"DRAFT"}"""));

    @Test
    void everyActivityIsValidAgainstTheIati203Schema() throws Exception {
        assertEquals(List.of(), IatiSchema.violations(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(6, xml.split("<iati-activity ").length - 1, "drafts are left out");
    }

    @Test
    void activitiesWithoutADescriptionOfTheirOwnGetOneComposedFromTheRecord() {
        assertTrue(
                xml.contains("<description type=\"1\"><narrative>Exchange programme between 北京志愿服务联合会, "
                        + "尼泊尔青年志愿者, from 2024-03-01 to 2025-02-28.</narrative></description>"),
                xml);
        assertTrue(
                xml.contains("<narrative>A volunteer sent by 北京志愿服务联合会 to 尼泊尔青年志愿者 in NP as Community "
                        + "health advisor, from 2024-01-15 to 2024-10-15.</narrative>"),
                xml);
        assertTrue(xml.contains("<narrative>Joint study of volunteer retention</narrative>"), xml);
        assertFalse(xml.contains("44444444-4444"), "no volunteer is named");
    }

    @Test
    void dateTimesHaveSecondsEvenOnAWholeMinute() {
        assertTrue(xml.contains("last-updated-datetime=\"2024-03-05T08:00:00Z\""), xml);
        assertTrue(xml.contains("last-updated-datetime=\"2024-06-01T10:15:30Z\""), xml);
    }

    @Test
    void narrativesSayTheirLanguage() {
        assertEquals(
                6, xml.split("xml:lang=\"en\" hierarchy=\"1\"").length - 1, "English by default on every activity");
        assertTrue(xml.contains("<title><narrative xml:lang=\"zh\">北京–加德满都志愿者交流</narrative></title>"), xml);
        assertTrue(xml.contains("<narrative>Kenya Volunteer Network</narrative>"), xml);
    }

    @Test
    void sdgsAreSectorsWithSharesAndTags() {
        assertTrue(
                xml.contains(
                        "<sector vocabulary=\"7\" code=\"4\" percentage=\"50\"/><sector vocabulary=\"7\" code=\"17\" "
                                + "percentage=\"50\"/><sector vocabulary=\"8\" code=\"4.7\" percentage=\"50\"/><sector vocabulary=\"8\" "
                                + "code=\"17.9\" percentage=\"50\"/><tag vocabulary=\"2\" code=\"4\"/><tag vocabulary=\"2\" code=\"17\"/>"
                                + "<tag vocabulary=\"3\" code=\"4.7\"/><tag vocabulary=\"3\" code=\"17.9\"/>"),
                xml);
    }

    @Test
    void participatingOrganisationsHaveNoInventedIdentifier() {
        assertFalse(xml.contains("-ORG-"), xml);
        assertTrue(
                xml.contains(
                        "<participating-org role=\"1\" type=\"22\"><narrative xml:lang=\"zh\">北京志愿服务联合会</narrative>"),
                xml);
    }

    private static String export(List<String> partnerships, List<String> deployments, List<String> events) {
        Map<String, IatiActivities.Organization> organizations = Map.of(
                HUB, new IatiActivities.Organization("北京志愿服务联合会", "22"),
                NEPAL, new IatiActivities.Organization("尼泊尔青年志愿者", "22"),
                KENYA, new IatiActivities.Organization("Kenya Volunteer Network", "21"));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IatiActivities activities = new IatiActivities(out, PUBLISHER, organizations);
            activities.begin();
            for (String partnership : partnerships) {
                activities.partnership(json(partnership));
            }
            for (String deployment : deployments) {
                activities.deployment(json(deployment));
            }
            for (String event : events) {
                activities.event(json(event));
            }
            activities.end();
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
