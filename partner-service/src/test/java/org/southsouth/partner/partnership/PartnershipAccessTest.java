package org.southsouth.partner.partnership;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.DomainFailure;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.DomainProblems;
import org.southsouth.rest.Problem;
import org.southsouth.security.Caller;
import org.southsouth.security.Role;

class PartnershipAccessTest {

    private static final UUID FUNDER = UUID.randomUUID();
    private static final UUID IMPLEMENTER = UUID.randomUUID();
    private static final UUID OUTSIDER = UUID.randomUUID();

    @Test
    void aDraftIsSeenOnlyByStaffAndItsParties() {
        Partnership draft = between(PartnershipStatus.DRAFT, FUNDER, IMPLEMENTER);
        assertTrue(PartnershipAccess.maySee(partnerOf(IMPLEMENTER), draft));
        assertTrue(PartnershipAccess.maySee(withRole(Role.ADMIN), draft));
        assertTrue(PartnershipAccess.maySee(withRole(Role.COORDINATOR), draft));
        assertFalse(PartnershipAccess.maySee(partnerOf(OUTSIDER), draft));
        assertFalse(PartnershipAccess.maySee(withRole(Role.REPORTER), draft));
        assertFalse(
                PartnershipAccess.maySee(new Caller(Set.of(Role.VOLUNTEER), "app", null, UUID.randomUUID()), draft));
        ApiProblem hidden = DomainProblems.of(
                assertThrows(DomainFailure.class, () -> PartnershipAccess.requireVisible(partnerOf(OUTSIDER), draft)));
        assertEquals(404, hidden.status(), "a draft of others does not exist for the caller");
    }

    @Test
    void aSignedAgreementIsSeenByEveryoneButChangedOnlyByStaffAndParties() {
        Partnership signed = between(PartnershipStatus.SIGNED, FUNDER, IMPLEMENTER);
        assertTrue(PartnershipAccess.maySee(partnerOf(OUTSIDER), signed));
        assertTrue(PartnershipAccess.maySee(withRole(Role.REPORTER), signed));
        assertDoesNotThrow(() -> PartnershipAccess.requireParty(partnerOf(FUNDER), signed));
        assertDoesNotThrow(() -> PartnershipAccess.requireParty(withRole(Role.COORDINATOR), signed));
        assertEquals(
                403,
                DomainProblems.of(assertThrows(
                                DomainFailure.class, () -> PartnershipAccess.requireParty(partnerOf(OUTSIDER), signed)))
                        .status());
        assertEquals(
                403,
                DomainProblems.of(assertThrows(
                                DomainFailure.class,
                                () -> PartnershipAccess.requireParty(withRole(Role.REPORTER), signed)))
                        .status());
    }

    @Test
    void aPartnerRecordsOnlyAgreementsItsOrganizationIsPartyTo() {
        List<PartnershipFields.Party> others = List.of(party(FUNDER), party(IMPLEMENTER));
        assertDoesNotThrow(() -> PartnershipAccess.requireOwnAgreement(partnerOf(FUNDER), others));
        assertDoesNotThrow(() -> PartnershipAccess.requireOwnAgreement(withRole(Role.ADMIN), others));
        ApiProblem refused = DomainProblems.of(assertThrows(
                DomainFailure.class, () -> PartnershipAccess.requireOwnAgreement(partnerOf(OUTSIDER), others)));
        Problem problem = refused.toProblem("/api/v1/partnerships");
        assertEquals(403, problem.status());
        assertEquals(
                List.of("parties"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
        assertDoesNotThrow(
                () -> PartnershipAccess.requireOwnAgreement(partnerOf(OUTSIDER), null),
                "validation answers a missing list");
    }

    private static Partnership between(PartnershipStatus status, UUID... organizations) {
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.status = status;
        for (UUID organization : organizations) {
            partnership.parties.add(new PartnershipParty(organization, PartyRole.IMPLEMENTING));
        }
        return partnership;
    }

    private static PartnershipFields.Party party(UUID organization) {
        return new PartnershipFields.Party(organization, PartyRole.IMPLEMENTING);
    }

    private static Caller partnerOf(UUID organization) {
        return new Caller(Set.of(Role.PARTNER), "partner-" + organization, organization, null);
    }

    private static Caller withRole(Role role) {
        return new Caller(Set.of(role), role.claim(), null, null);
    }
}
