package org.southsouth.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.southsouth.client.ApiClient;
import org.southsouth.client.ApiException;
import org.southsouth.client.api.AuthenticationApi;
import org.southsouth.client.api.OrganizationContactsApi;
import org.southsouth.client.api.OrganizationsApi;
import org.southsouth.client.api.SyncStateApi;
import org.southsouth.client.api.VolunteersApi;
import org.southsouth.client.model.BulkItemResult;
import org.southsouth.client.model.BulkOutcome;
import org.southsouth.client.model.BulkResult;
import org.southsouth.client.model.Contact;
import org.southsouth.client.model.ContactBatch;
import org.southsouth.client.model.ContactBulkItem;
import org.southsouth.client.model.OrganizationBatch;
import org.southsouth.client.model.OrganizationBulkItem;
import org.southsouth.client.model.OrganizationStatus;
import org.southsouth.client.model.SyncState;
import org.southsouth.client.model.TombstoneReason;
import org.southsouth.client.model.Volunteer;
import org.southsouth.client.model.VolunteerBatch;
import org.southsouth.client.model.VolunteerBulkItem;
import org.southsouth.client.model.VolunteerStatus;
import org.southsouth.system.contract.ContractCheckingHttpClient;

/**
 * An integrator's round trip through the generated client: a small network loaded in batches under its own external
 * ids, volunteer-service's (and, after the changes, webhook-service's) catch-up waited for on its sync-state, then mirrors of volunteers and contacts kept only
 * from the changes feeds through a re-sent batch, a deletion and an erasure, compared with the lists.
 */
@ExtendWith(RunningPlatform.class)
class BatchesAndChangesFeedIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    /** The longest a sync-state request may wait for the service to catch up before answering. */
    private static final int SYNC_STATE_WAIT_SECONDS = 5;

    private static final int FEED_PAGE = 2;

    private static ApiClient client;

    @BeforeAll
    static void signIn() throws ApiException {
        String token = new AuthenticationApi(clientWith(null))
                .issueToken(
                        "client_credentials",
                        RunningPlatform.platform().admin().clientId(),
                        RunningPlatform.platform().admin().secret(),
                        null)
                .getAccessToken();
        client = clientWith(token);
    }

    @Test
    void aNetworkLoadedInBatchesIsMirroredFromTheFeedsThroughAnUpdateADeletionAndAnErasure() throws ApiException {
        String run = UUID.randomUUID().toString();
        OrganizationsApi organizations = new OrganizationsApi(client);
        BulkResult organizationsLoaded = organizations.bulkUpsertOrganizations(
                new OrganizationBatch()
                        .items(List.of(organization(run, "hub", "CN"), organization(run, "partner", "NP"))),
                null);
        assertEquals(List.of(BulkOutcome.CREATED, BulkOutcome.CREATED), outcomes(organizationsLoaded));
        UUID partner = organizationsLoaded.getItems().get(1).getId();
        awaitVolunteerServiceKnows(
                partner, organizations.getOrganization(partner, null).getRevision());

        OrganizationContactsApi contacts = new OrganizationContactsApi(client);
        BulkResult contactsLoaded = contacts.bulkUpsertContacts(
                new ContactBatch().items(List.of(contact(run, partner, 1), contact(run, partner, 2))), null);
        assertEquals(List.of(BulkOutcome.CREATED, BulkOutcome.CREATED), outcomes(contactsLoaded));
        VolunteersApi volunteers = new VolunteersApi(client);
        List<VolunteerBulkItem> people =
                List.of(volunteer(run, partner, 1), volunteer(run, partner, 2), volunteer(run, partner, 3));
        BulkResult volunteersLoaded = volunteers.bulkUpsertVolunteers(new VolunteerBatch().items(people), null);
        assertEquals(
                List.of(BulkOutcome.CREATED, BulkOutcome.CREATED, BulkOutcome.CREATED), outcomes(volunteersLoaded));

        FeedMirror volunteerMirror =
                new FeedMirror(cursor -> volunteers.listVolunteerChanges(cursor, FEED_PAGE, null)).catchUp();
        FeedMirror contactMirror =
                new FeedMirror(cursor -> contacts.listContactChanges(cursor, FEED_PAGE, null)).catchUp();

        people.get(0).bio("Moved to the coast programme");
        assertEquals(
                List.of(BulkOutcome.UPDATED, BulkOutcome.UNCHANGED, BulkOutcome.UNCHANGED),
                outcomes(volunteers.bulkUpsertVolunteers(new VolunteerBatch().items(people), null)),
                "the batch sent again finds each volunteer by its externalId");
        UUID deletedContact = contactsLoaded.getItems().get(0).getId();
        contacts.deleteContact(deletedContact, partner);
        UUID erased = volunteersLoaded.getItems().get(2).getId();
        volunteers.eraseVolunteer(erased);

        awaitWebhookServiceCaughtUp();

        volunteerMirror.catchUp();
        contactMirror.catchUp();
        assertEquals(TombstoneReason.ERASED, volunteerMirror.tombstones().get(erased));
        assertEquals(TombstoneReason.DELETED, contactMirror.tombstones().get(deletedContact));
        assertEquals(
                comparable(listedVolunteers(volunteers)), comparable(as(Volunteer.class, volunteerMirror.records())));
        Map<UUID, Contact> mirroredOfPartner = as(Contact.class, contactMirror.records()).entrySet().stream()
                .filter(entry -> partner.equals(entry.getValue().getOrganizationId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(
                comparable(contacts.listContacts(partner, null).stream()
                        .collect(Collectors.toMap(Contact::getId, c -> c))),
                comparable(mirroredOfPartner));
    }

    /** volunteer-service has applied the organization's revision and what was on its topics when asked. */
    private static void awaitVolunteerServiceKnows(UUID organization, long revision) {
        SyncStateApi syncState = new SyncStateApi(client);
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100)).until(() -> {
            SyncState state = syncState.getVolunteersSyncState(organization, SYNC_STATE_WAIT_SECONDS, null);
            return state.getOrganizationRevision() >= revision && Boolean.TRUE.equals(state.getCaughtUp());
        });
    }

    /** webhook-service, which reads every topic, has planned the deliveries of what the writes above published. */
    private static void awaitWebhookServiceCaughtUp() {
        SyncStateApi syncState = new SyncStateApi(client);
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100)).until(() -> {
            SyncState state = syncState.getWebhooksSyncState(SYNC_STATE_WAIT_SECONDS, null);
            return Boolean.TRUE.equals(state.getCaughtUp()) && state.getOrganizationRevision() == null;
        });
    }

    /** Every volunteer the list shows but the erased ones (an erased volunteer stays listed, blanked). */
    private static Map<UUID, Volunteer> listedVolunteers(VolunteersApi volunteers) throws ApiException {
        Map<UUID, Volunteer> listed = new HashMap<>();
        List<Volunteer> page;
        int number = 0;
        do {
            page = volunteers
                    .listVolunteers(null, null, null, null, null, number++, null, 200, null, null, null, null, null)
                    .getItems();
            page.stream().filter(v -> v.getStatus() != VolunteerStatus.ERASED).forEach(v -> listed.put(v.getId(), v));
        } while (page.size() == 200);
        return listed;
    }

    /** The feed's records read as the typed model the list answers with. */
    private static <T> Map<UUID, T> as(Class<T> type, Map<UUID, Object> records) {
        ObjectMapper json = client.getObjectMapper();
        Map<UUID, T> typed = new HashMap<>();
        records.forEach((id, record) -> typed.put(id, json.convertValue(record, type)));
        return typed;
    }

    /**
     * The models as JSON without null members: the feed leaves out a member that is null where the list writes it
     * as null, and both mean the same to a mirror.
     */
    private static <T> Map<UUID, JsonNode> comparable(Map<UUID, T> models) {
        Map<UUID, JsonNode> trees = new HashMap<>();
        models.forEach((id, model) ->
                trees.put(id, withoutNulls(client.getObjectMapper().valueToTree(model))));
        return trees;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (object.get(name).isNull()) {
                    nulls.add(name);
                }
            });
            object.remove(nulls);
            object.forEach(BatchesAndChangesFeedIT::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(BatchesAndChangesFeedIT::withoutNulls);
        }
        return node;
    }

    private static List<BulkOutcome> outcomes(BulkResult result) {
        return result.getItems().stream().map(BulkItemResult::getOutcome).toList();
    }

    private static OrganizationBulkItem organization(String run, String role, String country) {
        return new OrganizationBulkItem()
                .externalId(run + "-" + role)
                .name("Batch " + role + " " + run)
                .type("22")
                .country(country)
                .joinedNetworkOn(LocalDate.parse("2019-05-01"))
                .status(OrganizationStatus.ACTIVE);
    }

    private static ContactBulkItem contact(String run, UUID organization, int n) {
        return new ContactBulkItem()
                .externalId(run + "-contact-" + n)
                .organizationId(organization)
                .name("Contact " + n)
                .role("Programme officer")
                .email("contact-" + n + "-" + run + "@example.org");
    }

    private static VolunteerBulkItem volunteer(String run, UUID home, int n) {
        return new VolunteerBulkItem()
                .externalId(run + "-volunteer-" + n)
                .name("Batch volunteer " + n)
                .email("volunteer-" + n + "-" + run + "@example.org")
                .nationality("NP")
                .residence("NP")
                .homeOrganizationId(home);
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
