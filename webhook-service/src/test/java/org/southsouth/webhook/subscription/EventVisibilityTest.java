package org.southsouth.webhook.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.events.ExchangeEventV1;
import org.southsouth.contracts.events.KnowledgeProductV1;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.contracts.partner.PartnershipV1;
import org.southsouth.contracts.volunteer.ApplicationV1;
import org.southsouth.contracts.volunteer.DeploymentV1;
import org.southsouth.contracts.volunteer.OpportunityV1;
import org.southsouth.contracts.volunteer.ServiceHoursV1;
import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;

/** One test per topic: who learns of its events, and whether they travel thin. */
class EventVisibilityTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final Instant NOW = Instant.now();
    /** Records whose owner this service learnt from earlier events: a volunteer of A's, an exchange event hosted by C. */
    private static final UUID VOLUNTEER_OF_A = UUID.randomUUID();

    private static final UUID EVENT_HOSTED_BY_C = UUID.randomUUID();
    private static final Map<UUID, UUID> OWNERS = Map.of(VOLUNTEER_OF_A, A, EVENT_HOSTED_BY_C, C);

    @Test
    void organizationProfilesArePublic() {
        EventVisibility v = of(
                PartnerEvents.ORGANIZATION_UPDATED,
                new OrganizationV1(
                        A, "Nepal Volunteers", null, "22", "NP", null, "PROSPECT", false, List.of(4), null, NOW));
        assertTrue(v.everyone());
        assertTrue(v.seenBy(B));
        assertEquals(Set.of(A), v.organizations());
        assertEquals("NP", v.country());
        assertFalse(v.aboutPeople());
    }

    @Test
    void aDraftPartnershipIsSeenByItsPartiesOnlyAndASignedOneByEveryone() {
        List<PartnershipV1.Party> parties =
                List.of(new PartnershipV1.Party(A, "funding"), new PartnershipV1.Party(B, "implementing"));
        EventVisibility draft = of(PartnerEvents.PARTNERSHIP_REGISTERED, partnership("DRAFT", parties));
        assertTrue(draft.seenBy(A));
        assertTrue(draft.seenBy(B));
        assertFalse(draft.seenBy(C));
        assertTrue(of(PartnerEvents.PARTNERSHIP_UPDATED, partnership("SIGNED", parties))
                .seenBy(C));
    }

    @Test
    void aVolunteerIsSeenByItsHomeOrganizationAndTravelsThin() {
        EventVisibility v = of(
                VolunteerEvents.VOLUNTEER_UPDATED, new VolunteerV1(C, "Asha", "NP", A, List.of("ne"), "ACTIVE", NOW));
        assertTrue(v.seenBy(A));
        assertFalse(v.seenBy(B));
        assertTrue(v.aboutPeople());
    }

    @Test
    void anErasureIsSeenByTheHomeOrganizationThisServiceKnowsAndOtherwiseByStaffOnly() {
        assertTrue(of(VolunteerEvents.VOLUNTEER_ERASED, new VolunteerErasedV1(VOLUNTEER_OF_A, NOW))
                .seenBy(A));
        EventVisibility unknown = of(VolunteerEvents.VOLUNTEER_ERASED, new VolunteerErasedV1(UUID.randomUUID(), NOW));
        assertFalse(unknown.seenBy(A));
        assertTrue(unknown.organizations().isEmpty());
    }

    @Test
    void aDeploymentIsSeenBySendingAndHostOrganizations() {
        EventVisibility v = of(
                VolunteerEvents.DEPLOYMENT_PLANNED,
                new DeploymentV1(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        A,
                        B,
                        "MM",
                        "UN Volunteers",
                        "Teacher",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        "PLANNED",
                        List.of(4),
                        NOW,
                        null,
                        null,
                        null));
        assertTrue(v.seenBy(A));
        assertTrue(v.seenBy(B));
        assertFalse(v.seenBy(C));
        assertEquals("MM", v.country());
        assertTrue(v.aboutPeople());
    }

    @Test
    void serviceHoursAreSeenByTheVolunteersHomeOrganizationOnly() {
        EventVisibility v = of(
                VolunteerEvents.SERVICE_HOURS_LOGGED,
                new ServiceHoursV1(
                        UUID.randomUUID(),
                        VOLUNTEER_OF_A,
                        LocalDate.now(),
                        BigDecimal.TEN,
                        "Teaching",
                        null,
                        null,
                        List.of(),
                        false,
                        NOW));
        assertTrue(v.seenBy(A));
        assertFalse(v.seenBy(B));
        assertTrue(v.aboutPeople());
        assertFalse(of(
                        VolunteerEvents.SERVICE_HOURS_LOGGED,
                        new ServiceHoursV1(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                LocalDate.now(),
                                BigDecimal.TEN,
                                "Teaching",
                                null,
                                null,
                                List.of(),
                                false,
                                NOW))
                .seenBy(A));
    }

    @Test
    void anOpportunityFollowsItsOwnVisibilityList() {
        EventVisibility draft = of(VolunteerEvents.OPPORTUNITY_DRAFTED, opportunity(false, List.of(A)));
        assertTrue(draft.seenBy(A));
        assertFalse(draft.seenBy(B));
        assertTrue(of(VolunteerEvents.OPPORTUNITY_PUBLISHED, opportunity(true, List.of(A)))
                .seenBy(B));
        assertFalse(draft.aboutPeople());
    }

    @Test
    void anApplicationFollowsItsOwnVisibilityListAndTravelsThin() {
        EventVisibility v = of(
                VolunteerEvents.APPLICATION_SUBMITTED,
                new ApplicationV1(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        null,
                        "SUBMITTED",
                        NOW,
                        "client",
                        null,
                        null,
                        List.of(A, B),
                        NOW));
        assertTrue(v.seenBy(B));
        assertFalse(v.seenBy(C));
        assertTrue(v.aboutPeople());
    }

    @Test
    void aDraftEventIsSeenByItsHostAndPartnersAndAnOpenOneByEveryone() {
        EventVisibility draft = of(EventsServiceEvents.EVENT_DRAFTED, exchangeEvent("DRAFT"));
        assertTrue(draft.seenBy(A));
        assertTrue(draft.seenBy(B));
        assertFalse(draft.seenBy(C));
        assertEquals("KE", draft.country());
        assertTrue(of(EventsServiceEvents.EVENT_STATUS_CHANGED, exchangeEvent("OPEN"))
                .seenBy(C));
    }

    @Test
    void aParticipationIsSeenByTheParticipantsOrganizationAndTheEventsHostAndTravelsThin() {
        EventVisibility delegate = of(
                EventsServiceEvents.PARTICIPATION_REGISTERED,
                new ParticipationV1(
                        UUID.randomUUID(),
                        EVENT_HOSTED_BY_C,
                        "FORUM",
                        "KE",
                        null,
                        A,
                        "DELEGATE",
                        "REGISTERED",
                        NOW,
                        NOW));
        assertTrue(delegate.seenBy(A));
        assertTrue(delegate.seenBy(C));
        assertFalse(delegate.seenBy(B));
        assertTrue(delegate.aboutPeople());
        EventVisibility volunteer = of(
                EventsServiceEvents.PARTICIPATION_REGISTERED,
                new ParticipationV1(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "FORUM",
                        "KE",
                        VOLUNTEER_OF_A,
                        null,
                        "VOLUNTEER",
                        "REGISTERED",
                        NOW,
                        NOW));
        assertTrue(volunteer.seenBy(A), "the volunteer's home organization");
        assertFalse(volunteer.seenBy(C));
    }

    @Test
    void aKnowledgeProductIsSeenByItsLeadsUntilPublished() {
        EventVisibility draft = of(EventsServiceEvents.KNOWLEDGE_PRODUCT_DRAFTED, knowledge("DRAFT"));
        assertTrue(draft.seenBy(A));
        assertFalse(draft.seenBy(B));
        assertTrue(of(EventsServiceEvents.KNOWLEDGE_PRODUCT_PUBLISHED, knowledge("PUBLISHED"))
                .seenBy(B));
    }

    private static EventVisibility of(EventType type, Object payload) {
        return EventVisibility.of(
                type.topic(),
                EventEnvelope.of(type, UUID.randomUUID().toString(), 1, payload),
                record -> Optional.ofNullable(OWNERS.get(record)));
    }

    private static PartnershipV1 partnership(String status, List<PartnershipV1.Party> parties) {
        return new PartnershipV1(
                UUID.randomUUID(), "Exchange", "MOU", status, parties, List.of("4.7"), List.of("NP"), null, null, NOW);
    }

    private static OpportunityV1 opportunity(boolean network, List<UUID> visibleTo) {
        return new OpportunityV1(
                UUID.randomUUID(),
                "Teacher",
                A,
                null,
                "UN Volunteers",
                "KE",
                null,
                false,
                LocalDate.now(),
                LocalDate.now().plusMonths(1),
                6,
                12,
                2,
                0,
                List.of(),
                List.of(),
                List.of(4),
                LocalDate.now(),
                network ? "OPEN" : "DRAFT",
                NOW,
                network,
                visibleTo,
                NOW);
    }

    private static ExchangeEventV1 exchangeEvent(String status) {
        return new ExchangeEventV1(
                UUID.randomUUID(),
                "FORUM",
                "Forum",
                A,
                List.of(B),
                "KE",
                "Nairobi",
                false,
                status,
                NOW,
                NOW.plusSeconds(3600),
                100,
                List.of(17),
                NOW,
                NOW);
    }

    private static KnowledgeProductV1 knowledge(String reviewStatus) {
        return new KnowledgeProductV1(
                UUID.randomUUID(),
                "GOOD_PRACTICE",
                "Practice",
                List.of(A),
                2024,
                "NP",
                null,
                List.of(4),
                reviewStatus,
                1,
                NOW);
    }
}
