package org.southsouth.partner.journal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.southsouth.partner.partnership.PartnershipAccess;
import org.southsouth.partner.partnership.PartnershipStatus;
import org.southsouth.security.Caller;

/**
 * Which journaled states the caller may read, by the rules of each record's single GET: every organization; a
 * partnership unless it is another organization's DRAFT; a contact only for staff and its own organization. A record
 * the caller may read it reads whole, so a state is shown as it was journaled.
 */
@ApplicationScoped
public class JournalReaders {

    @Inject
    Caller caller;

    public Function<JsonNode, Optional<?>> organizations() {
        return Optional::of;
    }

    public Function<JsonNode, Optional<?>> partnerships() {
        return state -> PartnershipAccess.maySee(
                        caller, PartnershipStatus.valueOf(state.path("status").asText()), parties(state))
                ? Optional.of(state)
                : Optional.empty();
    }

    public Function<JsonNode, Optional<?>> contacts() {
        return state ->
                caller.actsFor(UUID.fromString(state.path("organizationId").asText()))
                        ? Optional.of(state)
                        : Optional.empty();
    }

    private static Set<UUID> parties(JsonNode partnership) {
        Set<UUID> parties = new HashSet<>();
        partnership
                .path("parties")
                .forEach(party ->
                        parties.add(UUID.fromString(party.path("organizationId").asText())));
        return parties;
    }
}
