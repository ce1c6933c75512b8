package org.southsouth.partner.organization;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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

class GovernedFieldsTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final Caller PARTNER = new Caller(Set.of(Role.PARTNER), "partner", ORGANIZATION, null);
    private static final Caller COORDINATOR = new Caller(Set.of(Role.COORDINATOR), "coordinator", null, null);
    private static final OrganizationFields CURRENT =
            fields(false, OrganizationStatus.ACTIVE, LocalDate.of(2016, 6, 1), "NYV");

    @Test
    void aPartnerEditsItsProfileButNotWhatTheNetworkGoverns() {
        assertDoesNotThrow(() -> GovernedFields.requireUnchangedUnlessStaff(
                PARTNER, CURRENT, fields(false, OrganizationStatus.ACTIVE, LocalDate.of(2016, 6, 1), "NEW")));

        ApiProblem refused = DomainProblems.of(assertThrows(
                DomainFailure.class,
                () -> GovernedFields.requireUnchangedUnlessStaff(
                        PARTNER, CURRENT, fields(true, OrganizationStatus.INACTIVE, null, "NEW"))));
        Problem problem = refused.toProblem("/api/v1/organizations/" + ORGANIZATION);
        assertEquals(403, problem.status());
        assertEquals(
                List.of("hub", "status", "joinedNetworkOn"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void staffChangeGovernedFields() {
        assertDoesNotThrow(() -> GovernedFields.requireUnchangedUnlessStaff(
                COORDINATOR, CURRENT, fields(true, OrganizationStatus.INACTIVE, null, "NYV")));
    }

    @Test
    void onlyEffectiveChangesCount() {
        assertEquals(
                List.of(),
                GovernedFields.changed(CURRENT, fields(null, null, LocalDate.of(2016, 6, 1), "NYV")),
                "an absent hub is false and an absent status keeps the current one");
        assertEquals(
                List.of("hub"),
                GovernedFields.changed(
                        CURRENT, fields(true, OrganizationStatus.ACTIVE, LocalDate.of(2016, 6, 1), "NYV")));
        assertEquals(
                List.of("joinedNetworkOn"),
                GovernedFields.changed(
                        CURRENT, fields(false, OrganizationStatus.ACTIVE, LocalDate.of(2017, 1, 1), "NYV")));
    }

    private static OrganizationFields fields(Boolean hub, OrganizationStatus status, LocalDate joined, String acronym) {
        return new OrganizationFields(
                "Nepal Youth Volunteers", null, acronym, "22", "NP", List.of(4), null, hub, joined, status);
    }
}
