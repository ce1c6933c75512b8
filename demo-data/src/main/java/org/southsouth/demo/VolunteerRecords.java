package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Volunteers with their consent, deployments abroad and service hours (volunteer-service): each type in one batch. */
final class VolunteerRecords extends Records {

    static final String VOLUNTEERS = "volunteers";
    static final String DEPLOYMENTS = "deployments";
    static final String SERVICE_HOURS = "service-hours";
    private static final String VERIFIER = "coordinator@jinghua.example.org";
    private static final Map<String, Object> PROFILE_CONSENT =
            Json.object("purpose", "PROFILE", "policyVersion", "2024-01");

    private final PartnerRecords partners;
    /** Volunteer id by demo key. */
    private final Map<String, String> volunteerIds = new ConcurrentHashMap<>();
    /** Deployment id by the demo key of its volunteer. */
    private final Map<String, String> deploymentIds = new ConcurrentHashMap<>();

    VolunteerRecords(GatewayClient api, LoadReport report, PartnerRecords partners) {
        super(api, report);
        this.partners = partners;
    }

    Map<String, String> volunteerIds() {
        return volunteerIds;
    }

    void loadVolunteersAndDeployments() {
        section(VOLUNTEERS, () -> {
            partners.awaitOrganizationsKnown(CatchUp.Service.VOLUNTEERS);
            loadVolunteers();
        });
        section(DEPLOYMENTS, this::loadDeployments);
    }

    private void loadVolunteers() {
        List<DemoNetwork.Volunteer> volunteers = DemoNetwork.volunteers();
        List<Map<String, Object>> items = volunteers.stream()
                .map(volunteer -> {
                    List<Map<String, Object>> languages = volunteer.languages().stream()
                            .map(code -> Json.object(
                                    "code",
                                    code,
                                    "level",
                                    code.equals(volunteer.languages().get(0)) ? "NATIVE" : "B2"))
                            .toList();
                    return Json.object(
                            "externalId",
                            key("volunteer", volunteer.key()),
                            "name",
                            volunteer.name(),
                            "email",
                            volunteer.email(),
                            "nationality",
                            volunteer.nationality(),
                            "residence",
                            volunteer.residence(),
                            "homeOrganizationId",
                            partners.organizationId(volunteer.homeOrg()),
                            "bio",
                            "Synthetic demo volunteer of "
                                    + DemoNetwork.organization(volunteer.homeOrg())
                                            .name() + ".",
                            "status",
                            "ACTIVE",
                            "languages",
                            languages,
                            "skills",
                            volunteer.skills(),
                            "consents",
                            List.of(PROFILE_CONSENT));
                })
                .toList();
        List<JsonNode> results = upsert(
                VOLUNTEERS,
                "/api/v1/volunteers/bulk",
                items,
                i -> volunteers.get(i).email());
        for (int i = 0; i < results.size(); i++) {
            if (id(results.get(i)) != null) {
                volunteerIds.put(volunteers.get(i).key(), id(results.get(i)));
            }
        }
    }

    /** Each deployment brought to its demo status on the days of its steps, so a second load repeats the same days. */
    private void loadDeployments() {
        List<DemoNetwork.Deployment> deployments = DemoNetwork.deployments();
        List<Map<String, Object>> items = deployments.stream()
                .map(deployment -> {
                    boolean completed = deployment.finalStatus().equals("COMPLETED");
                    return Json.object(
                            "externalId",
                            key("deployment", deployment.volunteerKey()),
                            "volunteerExternalId",
                            key("volunteer", deployment.volunteerKey()),
                            "sendingOrganizationId",
                            partners.organizationId(DemoNetwork.HUB),
                            "hostOrganizationId",
                            partners.organizationId(deployment.host()),
                            "country",
                            deployment.country(),
                            "programme",
                            deployment.programme(),
                            "role",
                            deployment.role(),
                            "plannedStart",
                            deployment.start().toString(),
                            "plannedEnd",
                            deployment.end().toString(),
                            "sdgs",
                            deployment.sdgs(),
                            "status",
                            deployment.finalStatus(),
                            "arrivedOn",
                            deployment.start().toString(),
                            "completedOn",
                            completed ? deployment.end().toString() : null);
                })
                .toList();
        List<JsonNode> results = upsert(
                DEPLOYMENTS,
                "/api/v1/deployments/bulk",
                items,
                i -> deployments.get(i).volunteerKey());
        for (int i = 0; i < results.size(); i++) {
            if (id(results.get(i)) != null) {
                deploymentIds.put(deployments.get(i).volunteerKey(), id(results.get(i)));
            }
        }
    }

    /** One entry of hours of the demo, and whether a coordinator has verified it. */
    private record Hours(
            String volunteerKey,
            LocalDate day,
            BigDecimal hours,
            String activity,
            String eventId,
            String deploymentKey,
            List<Integer> sdgs,
            boolean verified) {

        Map<String, Object> item() {
            String externalId = key("hours", volunteerKey, day.toString(), Integer.toHexString(activity.hashCode()));
            return Json.object(
                    "externalId",
                    externalId,
                    "volunteerExternalId",
                    key("volunteer", volunteerKey),
                    "date",
                    day.toString(),
                    "hours",
                    hours,
                    "activity",
                    activity,
                    "eventId",
                    eventId,
                    "deploymentExternalId",
                    deploymentKey == null ? null : key("deployment", deploymentKey),
                    "sdgs",
                    sdgs,
                    "verified",
                    verified ? true : null,
                    "verifiedBy",
                    verified ? VERIFIER : null);
        }
    }

    /**
     * Monthly hours on each deployment and a day's hours at each event a local volunteer helped at, in one batch, the
     * entries a coordinator has verified logged as verified in their items.
     */
    void loadServiceHours(Map<String, List<String>> eventVolunteers, Map<String, JsonNode> eventsByTitle) {
        section(SERVICE_HOURS, () -> {
            List<Hours> entries = new ArrayList<>();
            for (DemoNetwork.Deployment deployment : DemoNetwork.deployments()) {
                if (!deploymentIds.containsKey(deployment.volunteerKey())) {
                    continue;
                }
                for (int month = 0; month < 6; month++) {
                    LocalDate day = deployment.start().plusMonths(month).plusDays(14);
                    if (day.isAfter(deployment.end()) || day.isAfter(LocalDate.now())) {
                        break;
                    }
                    entries.add(new Hours(
                            deployment.volunteerKey(),
                            day,
                            new BigDecimal("7.5"),
                            deployment.role() + ": monthly programme support",
                            null,
                            deployment.volunteerKey(),
                            deployment.sdgs(),
                            month < 5));
                }
            }
            eventVolunteers.forEach((title, volunteerKeys) -> {
                JsonNode event = eventsByTitle.get(title);
                if (event == null) {
                    return;
                }
                LocalDate day = LocalDate.parse(event.path("startsAt").asText().substring(0, 10));
                for (String volunteerKey : volunteerKeys) {
                    entries.add(new Hours(
                            volunteerKey,
                            day,
                            new BigDecimal(6),
                            "Volunteer at " + title,
                            event.path("id").asText(),
                            null,
                            List.of(17),
                            true));
                }
            });
            upsert(
                    SERVICE_HOURS,
                    "/api/v1/service-hours/bulk",
                    entries.stream().map(Hours::item).toList(),
                    i -> entries.get(i).volunteerKey() + " " + entries.get(i).day());
        });
    }
}
