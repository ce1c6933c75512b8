package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.DomainFailure;
import org.southsouth.failure.ExpiredCursor;
import org.southsouth.failure.Forbidden;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.InvalidTransition;
import org.southsouth.failure.MalformedInput;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RefusedField;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StaleVersion;
import org.southsouth.failure.StateConflict;

/** Each domain failure answers the problem the service layer's own problems answered before it had them. */
class DomainProblemsTest {

    private static final String INSTANCE = "/api/v1/things/1";

    private enum Status {
        DRAFT,
        ACTIVE,
        CLOSED
    }

    @Test
    void notFoundIs404() {
        assertSame(ApiProblem.notFound("Thing", 7), new NotFound("Thing", 7));
    }

    @Test
    void forbiddenIs403NamingTheFieldsRefused() {
        assertSame(ApiProblem.forbidden("Only staff"), new Forbidden("Only staff"));
        assertSame(
                new ApiProblem(403, "forbidden", "Not allowed", "Own only", List.of(fieldError("organizationId"))),
                new Forbidden("Own only", List.of(refused("organizationId"))));
    }

    @Test
    void invalidInputIs400NamingEachField() {
        assertSame(ApiProblem.invalidField("name", "must not be blank"), new InvalidInput("name", "must not be blank"));
        assertSame(
                new ApiProblem(
                        400,
                        "validation",
                        "Request is not valid",
                        "a: refused; b: refused",
                        List.of(fieldError("a"), fieldError("b"))),
                InvalidInput.of(List.of(refused("a"), refused("b"))));
    }

    @Test
    void malformedInputIs400WithoutAField() {
        assertSame(ApiProblem.badRequest("A JSON body is required"), new MalformedInput("A JSON body is required"));
    }

    @Test
    void aConflictingStateIs409() {
        assertSame(ApiProblem.conflict("Already closed"), new StateConflict("Already closed"));
    }

    @Test
    void anInvalidTransitionIs409NamingTheStatus() {
        String detail = "Thing cannot go from DRAFT to CLOSED; allowed from DRAFT: [ACTIVE]";
        assertSame(
                new ApiProblem(
                        409,
                        "invalid-transition",
                        "Status change not allowed",
                        detail,
                        List.of(new Problem.FieldError("status", detail))),
                new InvalidTransition("Thing", Status.DRAFT, Status.CLOSED, Set.of(Status.ACTIVE)));
    }

    @Test
    void aStaleVersionIs412() {
        assertSame(ApiProblem.preconditionFailed("Changed meanwhile"), new StaleVersion("Changed meanwhile"));
    }

    @Test
    void aRefusedRuleIs422TypedByTheRule() {
        assertSame(
                ApiProblem.unprocessable("unknown-organization", "No such organization"),
                new RuleRefused("unknown-organization", "No such organization"));
        assertSame(
                new ApiProblem(
                        422,
                        "unknown-party",
                        "Request cannot be processed",
                        "Every party must be known",
                        List.of(fieldError("parties[0]"))),
                new RuleRefused("unknown-party", "Every party must be known", List.of(refused("parties[0]"))));
    }

    @Test
    void anExpiredCursorIs410() {
        assertSame(
                new ApiProblem(410, "cursor-expired", "Cursor expired", "Start over", List.of()),
                new ExpiredCursor("Start over"));
    }

    @Test
    void aBatchItemAndARequestGetTheSameProblem() {
        StateConflict conflict = new StateConflict("Already closed");

        Problem answered =
                (Problem) new ProblemMappers().domainFailure(conflict, null).getEntity();

        assertEquals(
                answered, ProblemMappers.clientCaused(conflict).orElseThrow().toProblem(null));
    }

    private static void assertSame(ApiProblem expected, DomainFailure failure) {
        assertEquals(expected.toProblem(INSTANCE), DomainProblems.of(failure).toProblem(INSTANCE));
    }

    private static RefusedField refused(String field) {
        return new RefusedField(field, "refused");
    }

    private static Problem.FieldError fieldError(String field) {
        return new Problem.FieldError(field, "refused");
    }
}
