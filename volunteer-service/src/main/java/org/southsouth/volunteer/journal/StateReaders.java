package org.southsouth.volunteer.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.function.Function;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.opportunity.OpportunityStatus;

/**
 * Whether a caller may read a journaled state: the object-level rules of the single GETs ({@link AccessScope},
 * {@link org.southsouth.volunteer.access.OpportunityAccess}, {@link org.southsouth.volunteer.access.ApplicationAccess}),
 * applied to the state instead of the live row. A partner reaches its nominees and their hours, deployments and
 * applications, the deployments its organization sends or hosts, the applications it nominated or its organization
 * hosts, and DRAFT opportunities it hosts or sends to; a volunteer client itself and its own records. Every caller
 * reaches a published opportunity.
 *
 * @param homeOf a volunteer's home organization at the moment the states are judged for
 * @param hostOf an opportunity's host organization at that moment
 */
record StateReaders(AccessScope scope, Function<UUID, UUID> homeOf, Function<UUID, UUID> hostOf) {

    boolean readable(JournalFamily family, JsonNode state) {
        if (scope.everything()) {
            return true;
        }
        return switch (family) {
            case VOLUNTEER ->
                same(scope.volunteerId(), state, "id") || same(scope.organizationId(), state, "homeOrganizationId");
            case SERVICE_HOURS -> reachesVolunteer(state);
            case DEPLOYMENT ->
                reachesVolunteer(state)
                        || same(scope.organizationId(), state, "sendingOrganizationId")
                        || same(scope.organizationId(), state, "hostOrganizationId");
            case OPPORTUNITY ->
                !OpportunityStatus.DRAFT.name().equals(state.path("status").asText())
                        || same(scope.organizationId(), state, "hostOrganizationId")
                        || same(scope.organizationId(), state, "sendingOrganizationId");
            case APPLICATION ->
                reachesVolunteer(state)
                        || same(scope.organizationId(), state, "nominatedByOrganizationId")
                        || (scope.organizationId() != null
                                && scope.organizationId()
                                        .equals(hostOf.apply(UUID.fromString(
                                                state.path("opportunityId").asText()))));
        };
    }

    private boolean reachesVolunteer(JsonNode state) {
        UUID volunteerId = UUID.fromString(state.path("volunteerId").asText());
        return volunteerId.equals(scope.volunteerId())
                || (scope.organizationId() != null && scope.organizationId().equals(homeOf.apply(volunteerId)));
    }

    private static boolean same(UUID id, JsonNode state, String field) {
        return id != null && id.toString().equals(state.path(field).asText(null));
    }
}
