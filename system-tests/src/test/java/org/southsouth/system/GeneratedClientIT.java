package org.southsouth.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.southsouth.client.ApiClient;
import org.southsouth.client.ApiException;
import org.southsouth.client.ApiResponse;
import org.southsouth.client.api.ApplicationsApi;
import org.southsouth.client.api.AuthenticationApi;
import org.southsouth.client.api.EventsApi;
import org.southsouth.client.api.ImpactApi;
import org.southsouth.client.api.OpportunitiesApi;
import org.southsouth.client.api.OrganizationsApi;
import org.southsouth.client.api.ParticipationsApi;
import org.southsouth.client.api.PartnershipsApi;
import org.southsouth.client.api.VolunteersApi;
import org.southsouth.client.model.Application;
import org.southsouth.client.model.ApplicationStatus;
import org.southsouth.client.model.ApplicationStatusChange;
import org.southsouth.client.model.Event;
import org.southsouth.client.model.EventFields;
import org.southsouth.client.model.EventKind;
import org.southsouth.client.model.EventStatus;
import org.southsouth.client.model.EventStatusChange;
import org.southsouth.client.model.ImpactReport;
import org.southsouth.client.model.NewApplication;
import org.southsouth.client.model.NewParticipation;
import org.southsouth.client.model.Opportunity;
import org.southsouth.client.model.OpportunityFields;
import org.southsouth.client.model.OpportunityStatus;
import org.southsouth.client.model.OpportunityStatusChange;
import org.southsouth.client.model.Organization;
import org.southsouth.client.model.OrganizationFields;
import org.southsouth.client.model.OrganizationPatch;
import org.southsouth.client.model.OrganizationStatus;
import org.southsouth.client.model.ParticipantRole;
import org.southsouth.client.model.Participation;
import org.southsouth.client.model.ParticipationStatus;
import org.southsouth.client.model.Partnership;
import org.southsouth.client.model.PartnershipFields;
import org.southsouth.client.model.PartnershipKind;
import org.southsouth.client.model.PartnershipParty;
import org.southsouth.client.model.PartnershipStatus;
import org.southsouth.client.model.PartnershipStatusChange;
import org.southsouth.client.model.PartyRole;
import org.southsouth.client.model.Programme;
import org.southsouth.client.model.TokenResponse;
import org.southsouth.client.model.Volunteer;
import org.southsouth.client.model.VolunteerProfile;
import org.southsouth.system.contract.ContractCheckingHttpClient;

/**
 * The main flows driven through the Java client that openapi-generator made from the merged document, as an
 * integrator would use it; every answer is also judged against that document (ContractCheckingHttpClient). When the
 * document and the platform disagree, this fails to compile or fails here.
 */
@ExtendWith(RunningPlatform.class)
class GeneratedClientIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private static ApiClient client;

    @BeforeAll
    static void signIn() throws ApiException {
        TokenResponse token = new AuthenticationApi(clientWith(null))
                .issueToken(
                        "client_credentials",
                        RunningPlatform.platform().admin().clientId(),
                        RunningPlatform.platform().admin().secret(),
                        null);
        assertEquals("Bearer", token.getTokenType());
        client = clientWith(token.getAccessToken());
    }

    @Test
    void theClientWasGeneratedFromTheDocumentThePlatformServes() throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        Path built = Path.of(System.getProperty("platform.home", ".."))
                .resolve("api-client/target/openapi/merged-openapi.json");
        String served = RestAssured.given()
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace(RunningPlatform.platform().gatewayUrl(), "http://localhost:8080");
        assertEquals(json.readTree(built.toFile()), json.readTree(served));
    }

    @Test
    void aPartnerRegistersUpdatesPartiallyAndSignsAnAgreement() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(client);
        Organization hub = organizations.createOrganization(
                organization("Generated client hub", "CN").hub(true).status(OrganizationStatus.ACTIVE), null);
        Organization nepal = organizations.createOrganization(
                organization("Generated client partner", "NP").acronym("GCP").status(OrganizationStatus.ACTIVE),
                UUID.randomUUID().toString());

        ApiResponse<Organization> read = organizations.getOrganizationWithHttpInfo(nepal.getId(), null);
        String etag = read.getHeaders().get("etag").get(0);
        Organization patched = organizations.updateOrganization(
                nepal.getId(),
                new OrganizationPatch().website("https://gcp.example.org").acronym(null),
                etag);
        assertEquals("https://gcp.example.org", patched.getWebsite());
        assertNull(patched.getAcronym(), "a null in a merge patch clears the field");
        assertEquals(nepal.getName(), patched.getName(), "fields left out are kept");
        ApiException stale = assertThrows(
                ApiException.class,
                () -> organizations.updateOrganization(
                        nepal.getId(), new OrganizationPatch().website("https://stale.example.org"), etag));
        assertEquals(412, stale.getCode());

        PartnershipsApi partnerships = new PartnershipsApi(client);
        Partnership agreement = partnerships.createPartnership(
                new PartnershipFields()
                        .title("Generated client MOU " + UUID.randomUUID())
                        .kind(PartnershipKind.MOU)
                        .startsOn(LocalDate.parse("2020-01-01"))
                        .countries(List.of("CN", "NP"))
                        .parties(List.of(
                                new PartnershipParty()
                                        .organizationId(hub.getId())
                                        .role(PartyRole.FUNDING),
                                new PartnershipParty()
                                        .organizationId(nepal.getId())
                                        .role(PartyRole.IMPLEMENTING))),
                null);
        Partnership signed = partnerships.changePartnershipStatus(
                agreement.getId(),
                new PartnershipStatusChange().status(PartnershipStatus.SIGNED).on(LocalDate.parse("2020-01-02")),
                "sign-" + agreement.getId(),
                null);
        assertEquals(PartnershipStatus.SIGNED, signed.getStatus());

        assertTrue(organizations
                .listOrganizations(
                        "NP", null, null, "Generated client", null, null, null, null, null, null, null, null, null)
                .getItems()
                .stream()
                .anyMatch(o -> o.getId().equals(nepal.getId())));
    }

    @Test
    void aHostOpensAnEventAndADelegateRegisters() throws ApiException {
        Organization host = new OrganizationsApi(client)
                .createOrganization(
                        organization("Generated client host", "KE").status(OrganizationStatus.ACTIVE), null);
        EventsApi events = new EventsApi(client);
        EventFields forum = new EventFields()
                .kind(EventKind.FORUM)
                .title("Generated client forum")
                .hostOrganizationId(host.getId())
                .country("KE")
                .city("Nairobi")
                .startsAt(OffsetDateTime.parse("2021-03-01T07:00:00Z"))
                .endsAt(OffsetDateTime.parse("2021-03-02T15:00:00Z"))
                .timeZone("Africa/Nairobi")
                .capacity(10)
                .sdgs(List.of(17));
        // events-service learns organizations over Kafka: it answers 422 until it knows the host.
        Event created = await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> events.createEvent(forum, null), e -> e != null);
        Event open =
                events.changeEventStatus(created.getId(), new EventStatusChange().status(EventStatus.OPEN), null, null);
        assertEquals(EventStatus.OPEN, open.getStatus());

        Participation delegate = new ParticipationsApi(client)
                .createParticipation(
                        created.getId(),
                        new NewParticipation()
                                .organizationId(host.getId())
                                .name("Amina")
                                .role(ParticipantRole.DELEGATE),
                        null);
        assertEquals(ParticipationStatus.REGISTERED, delegate.getStatus());

        Event read = events.getEvent(created.getId(), null);
        assertTrue(
                read.getLocalStart().startsWith("2021-03-01T10:00"),
                "local start in the event's time zone, without offset: " + read.getLocalStart());
        assertTrue(events
                .listEvents(
                        "KE",
                        host.getId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .getItems()
                .stream()
                .anyMatch(e -> e.getId().equals(created.getId())));
    }

    @Test
    void aHostPublishesAnOpportunityAndTheSelectedApplicantIsDeployed() throws ApiException {
        Organization host = new OrganizationsApi(client)
                .createOrganization(
                        organization("Generated client clinic", "NP").status(OrganizationStatus.ACTIVE), null);
        Organization sender = new OrganizationsApi(client)
                .createOrganization(
                        organization("Generated client sender", "IN").status(OrganizationStatus.ACTIVE), null);
        Volunteer volunteer = new VolunteersApi(client)
                .createVolunteer(
                        new VolunteerProfile()
                                .name("Sita Gurung")
                                .email("sita-" + UUID.randomUUID() + "@example.org")
                                .nationality("IN")
                                .residence("IN")
                                .homeOrganizationId(sender.getId()),
                        null);
        OpportunitiesApi opportunities = new OpportunitiesApi(client);
        OpportunityFields need = new OpportunityFields()
                .title("Community health volunteer")
                .description("Screening camps in Kathmandu")
                .hostOrganizationId(host.getId())
                .programme(Programme.SOUTH_SOUTH_EXCHANGE)
                .country("NP")
                .city("Kathmandu")
                .startFrom(LocalDate.parse("2031-03-01"))
                .startTo(LocalDate.parse("2031-05-31"))
                .durationMonthsMin(6)
                .durationMonthsMax(12)
                .positions(1)
                .applicationDeadline(LocalDate.parse("2031-01-31"));
        // volunteer-service learns organizations over Kafka: it answers 422 until it knows the host.
        Opportunity draft = await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> opportunities.createOpportunity(need, null), o -> o != null);
        opportunities.changeOpportunityStatus(
                draft.getId(), new OpportunityStatusChange().status(OpportunityStatus.OPEN), null, null);

        ApplicationsApi applications = new ApplicationsApi(client);
        Application applied = applications.createApplication(
                new NewApplication()
                        .opportunityId(draft.getId())
                        .volunteerId(volunteer.getId())
                        .motivation("I ran screening camps in Darjeeling"),
                null);
        for (ApplicationStatus step :
                List.of(ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED)) {
            applied = applications.changeApplicationStatus(
                    applied.getId(), new ApplicationStatusChange().status(step), null, null);
        }
        assertNotNull(applied.getDeploymentId(), "an accepted offer is a planned deployment");
        assertEquals(
                OpportunityStatus.FILLED,
                opportunities.getOpportunity(draft.getId(), null).getStatus(),
                "its only position is filled");
    }

    @Test
    void aReportingToolReadsTheImpactFigures() throws ApiException {
        ImpactReport report =
                new ImpactApi(client).getImpact(List.of("country"), null, null, null, null, null, null, null);
        assertNotNull(report.getOrganizationsConnected());
        assertNotNull(report.getOpportunities(), "volunteer-service's opportunity figures, read by the typed client");
        assertNotNull(report.getBreakdowns());
    }

    private static OrganizationFields organization(String name, String country) {
        return new OrganizationFields()
                .name(name + " " + UUID.randomUUID())
                .type("22")
                .country(country)
                .joinedNetworkOn(LocalDate.parse("2016-06-01"));
    }

    private static ApiClient clientWith(String accessToken) {
        ApiClient apiClient = new ApiClient();
        apiClient.setHttpClientBuilder(ContractCheckingHttpClient.builder(RunningPlatform.contract()));
        apiClient.updateBaseUri(RunningPlatform.platform().gatewayUrl());
        if (accessToken != null) {
            apiClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return apiClient;
    }
}
