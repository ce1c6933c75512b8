package org.southsouth.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/** Volunteers with their consent, deployments abroad and service hours (volunteer-service), through the gateway. */
final class VolunteerRecords extends Records {

    static final String VOLUNTEERS = "volunteers";
    static final String CONSENTS = "consents";
    static final String DEPLOYMENTS = "deployments";
    static final String SERVICE_HOURS = "service-hours";
    private static final List<String> DEPLOYMENT_LIFE = List.of("PLANNED", "ACTIVE", "COMPLETED");
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(90);
    private static final String VERIFIER = "coordinator@jinghua.example.org";

    private final PartnerRecords partners;
    /** Volunteer id by demo key. */
    private final Map<String, String> volunteerIds = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> deploymentsByVolunteer = new ConcurrentHashMap<>();

    VolunteerRecords(GatewayClient api, LoadReport report, PartnerRecords partners) {
        super(api, report);
        this.partners = partners;
    }

    Map<String, String> volunteerIds() {
        return volunteerIds;
    }

    void loadVolunteersAndDeployments() {
        section(VOLUNTEERS, () -> {
            awaitHostOrganizations();
            loadVolunteers();
        });
        section(CONSENTS, this::loadConsents);
        section(DEPLOYMENTS, this::loadDeployments);
    }

    /** volunteer-service learns organizations from Kafka events: wait until it knows every one it will be asked about. */
    private void awaitHostOrganizations() {
        long deadline = System.nanoTime() + REPLICA_WAIT.toNanos();
        for (Map.Entry<String, String> org : partners.organizationIds().entrySet()) {
            while (!isKnownActiveHost(org.getValue())) {
                if (System.nanoTime() > deadline) {
                    report.failed(VOLUNTEERS, "volunteer-service does not know organization " + org.getKey() + " after "
                            + REPLICA_WAIT.toSeconds() + " s (is Kafka running?)");
                    return;
                }
                pause();
            }
        }
    }

    private boolean isKnownActiveHost(String organizationId) {
        try {
            return "ACTIVE".equals(api.get("/api/v1/host-organizations/" + organizationId).body().path("status").asText());
        } catch (EndpointMissing e) {
            throw e;
        } catch (ApiException e) {
            return false;
        }
    }

    private void loadVolunteers() {
        Map<String, JsonNode> index = index("/api/v1/volunteers", v -> v.path("email").asText().toLowerCase());
        inParallel(DemoNetwork.volunteers(), volunteer ->
            record(VOLUNTEERS, volunteer.email(), () -> {
                List<Map<String, Object>> languages = volunteer.languages().stream()
                        .map(code -> Json.object("code", code, "level", code.equals(volunteer.languages().get(0)) ? "NATIVE" : "B2"))
                        .toList();
                JsonNode saved = ensure(VOLUNTEERS, index, volunteer.email(), "/api/v1/volunteers", key("volunteer", volunteer.key()),
                        Json.object("name", volunteer.name(), "email", volunteer.email(), "nationality", volunteer.nationality(),
                                "residence", volunteer.residence(), "homeOrganizationId", partners.requireOrganization(volunteer.homeOrg()),
                                "bio", "Synthetic demo volunteer of " + DemoNetwork.organization(volunteer.homeOrg()).name() + ".",
                                "status", "ACTIVE", "languages", languages, "skills", volunteer.skills()));
                volunteerIds.put(volunteer.key(), saved.path("id").asText());
            }));
    }

    private void loadConsents() {
        inParallel(volunteerIds.entrySet(), volunteer ->
            record(CONSENTS, volunteer.getKey(), () -> {
                String path = "/api/v1/volunteers/" + volunteer.getValue() + "/consents";
                boolean given = false;
                for (JsonNode consent : api.get(path).body()) {
                    given |= "PROFILE".equals(consent.path("purpose").asText());
                }
                if (given) {
                    report.existing(CONSENTS);
                    return;
                }
                ApiResponse response = api.post(path, key("consent", volunteer.getKey()),
                        Json.object("purpose", "PROFILE", "policyVersion", "2024-01"));
                if (response.created()) {
                    report.created(CONSENTS);
                } else {
                    report.existing(CONSENTS);
                }
            }));
    }

    private void loadDeployments() {
        Map<String, JsonNode> index = index("/api/v1/deployments", d -> d.path("volunteerId").asText());
        inParallel(DemoNetwork.deployments(), deployment -> {
            String volunteerId = volunteerIds.get(deployment.volunteerKey());
            if (volunteerId == null) {
                report.failed(DEPLOYMENTS, deployment.volunteerKey() + ": its volunteer was not loaded");
                return;
            }
            record(DEPLOYMENTS, deployment.volunteerKey(), () -> {
                JsonNode saved = ensure(DEPLOYMENTS, index, volunteerId, "/api/v1/deployments", key("deployment", deployment.volunteerKey()),
                        Json.object("volunteerId", volunteerId, "sendingOrganizationId", partners.requireOrganization(DemoNetwork.HUB),
                                "hostOrganizationId", partners.requireOrganization(deployment.host()), "country", deployment.country(),
                                "programme", deployment.programme(), "role", deployment.role(),
                                "plannedStart", deployment.start().toString(), "plannedEnd", deployment.end().toString(),
                                "sdgs", deployment.sdgs()));
                String path = "/api/v1/deployments/" + saved.path("id").asText() + "/status";
                JsonNode now = advance(DEPLOYMENTS, saved, "status", DEPLOYMENT_LIFE, deployment.finalStatus(),
                        status -> api.post(path, null, Json.object("status", status)));
                deploymentsByVolunteer.put(deployment.volunteerKey(), now);
            });
        });
    }

    /** Monthly hours on each deployment and a day's hours at each event a local volunteer helped at. */
    void loadServiceHours(Map<String, List<String>> eventVolunteers, Map<String, JsonNode> eventsByTitle) {
        section(SERVICE_HOURS, () -> {
            Map<String, JsonNode> index = index("/api/v1/service-hours",
                    h -> h.path("volunteerId").asText() + "|" + h.path("date").asText() + "|" + h.path("activity").asText());
            List<Runnable> entries = new ArrayList<>();
            for (DemoNetwork.Deployment deployment : DemoNetwork.deployments()) {
                JsonNode saved = deploymentsByVolunteer.get(deployment.volunteerKey());
                if (saved == null) {
                    continue;
                }
                for (int month = 0; month < 6; month++) {
                    LocalDate day = deployment.start().plusMonths(month).plusDays(14);
                    if (day.isAfter(deployment.end()) || day.isAfter(LocalDate.now())) {
                        break;
                    }
                    boolean verified = month < 5;
                    entries.add(() -> logHours(index, deployment.volunteerKey(), day, new BigDecimal("7.5"),
                            deployment.role() + ": monthly programme support", null, saved.path("id").asText(), deployment.sdgs(), verified));
                }
            }
            eventVolunteers.forEach((title, volunteerKeys) -> {
                JsonNode event = eventsByTitle.get(title);
                if (event == null) {
                    return;
                }
                LocalDate day = LocalDate.parse(event.path("startsAt").asText().substring(0, 10));
                for (String volunteerKey : volunteerKeys) {
                    entries.add(() -> logHours(index, volunteerKey, day, new BigDecimal(6), "Volunteer at " + title,
                            event.path("id").asText(), null, List.of(17), true));
                }
            });
            inParallel(entries, Runnable::run);
        });
    }

    private void logHours(Map<String, JsonNode> index, String volunteerKey, LocalDate day, BigDecimal hours, String activity,
                          String eventId, String deploymentId, List<Integer> sdgs, boolean verified) {
        String volunteerId = volunteerIds.get(volunteerKey);
        if (volunteerId == null) {
            return;
        }
        record(SERVICE_HOURS, volunteerKey + " " + day, () -> {
            JsonNode saved = ensure(SERVICE_HOURS, index, volunteerId + "|" + day + "|" + activity, "/api/v1/service-hours",
                    key("hours", volunteerKey, day.toString(), Integer.toHexString(activity.hashCode())),
                    Json.object("volunteerId", volunteerId, "date", day.toString(), "hours", hours, "activity", activity,
                            "eventId", eventId, "deploymentId", deploymentId, "sdgs", sdgs));
            if (verified && !saved.path("verified").asBoolean()) {
                api.post("/api/v1/service-hours/" + saved.path("id").asText() + "/verification", null, Json.object("verifiedBy", VERIFIER));
                report.changed(SERVICE_HOURS);
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted");
        }
    }
}
