package org.southsouth.volunteer.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.function.Function;
import org.southsouth.volunteer.access.AccessScope;

/**
 * Whether a caller may read a journaled state: the object-level rules of the single GETs ({@link AccessScope}),
 * applied to the state instead of the live row. A partner reaches its nominees and their hours and deployments, and
 * the deployments its organization sends or hosts; a volunteer client itself and its own records.
 *
 * @param homeOf a volunteer's home organization at the moment the states are judged for
 */
record StateReaders(AccessScope scope, Function<UUID, UUID> homeOf) {

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
