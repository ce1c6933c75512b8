package org.southsouth.partner.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RefusedField;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
import org.southsouth.partner.messaging.PartnershipOutbox;
import org.southsouth.partner.organization.Organization;
import org.southsouth.partner.rest.validation.InputCheck;
import org.southsouth.rest.ETags;
import org.southsouth.rest.ValidBodies;
import org.southsouth.security.Caller;

/**
 * Records agreements between organizations and moves them through their life; each change publishes its event.
 * Who may see and change which agreement is {@link PartnershipAccess}'s.
 */
@ApplicationScoped
public class PartnershipService {

    @Inject
    PartnershipOutbox outbox;

    @Inject
    PartnershipStore store;

    @Inject
    InputCheck check;

    @Inject
    ValidBodies bodies;

    @Inject
    Caller caller;

    /** Microseconds, as PostgreSQL keeps them: the time a write answers is the time every later read shows. */
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    public void requireMayRecord(PartnershipFields fields) {
        PartnershipAccess.requireOwnAgreement(caller, fields == null ? null : fields.parties());
    }

    @Transactional
    public Partnership create(PartnershipFields fields) {
        requireMayRecord(fields);
        check.valid(fields);
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.status = PartnershipStatus.DRAFT;
        apply(fields, partnership);
        partnership.createdAt = partnership.updatedAt;
        partnership.persistAndFlush();
        outbox.publish(PartnerEvents.PARTNERSHIP_REGISTERED, partnership);
        return partnership;
    }

    /** The partnership if the caller may see it; 404 as well for another organization's DRAFT. */
    public Partnership get(UUID id) {
        return visible(Partnership.findById(id), id);
    }

    private Partnership getForUpdate(UUID id) {
        return visible(store.findForUpdate(id), id);
    }

    private Partnership visible(Partnership partnership, UUID id) {
        if (partnership == null) {
            throw new NotFound("Partnership", id);
        }
        PartnershipAccess.requireVisible(caller, partnership);
        return partnership;
    }

    /** Applies a JSON merge patch; parties and kind are fixed once the agreement is signed. */
    @Transactional
    public Partnership update(UUID id, String ifMatch, JsonNode patch) {
        Partnership partnership = getForUpdate(id);
        PartnershipAccess.requireParty(caller, partnership);
        ETags.requireMatch(ifMatch, partnership.revision());
        PartnershipFields current = PartnershipFields.of(partnership);
        PartnershipFields changed = bodies.patched(current, patch, PartnershipFields.class);
        PartnershipAccess.requireOwnAgreement(caller, changed.parties());
        if (changed.equals(current)) {
            return partnership;
        }
        boolean termsChanged = !changed.kind().equals(current.kind())
                || !Set.copyOf(changed.partyList()).equals(Set.copyOf(current.partyList()));
        if (termsChanged && partnership.status != PartnershipStatus.DRAFT) {
            throw new StateConflict(
                    "Parties and kind of a " + partnership.status + " partnership cannot change; only a DRAFT's can");
        }
        apply(changed, partnership);
        Partnership.flush();
        outbox.publish(PartnerEvents.PARTNERSHIP_UPDATED, partnership);
        return partnership;
    }

    @Transactional
    public Partnership changeStatus(UUID id, String ifMatch, StatusChange change) {
        Partnership partnership = getForUpdate(id);
        PartnershipAccess.requireParty(caller, partnership);
        check.valid(change);
        ETags.requireMatch(ifMatch, partnership.revision());
        if (change.endsOn() != null && change.status() != PartnershipStatus.RENEWED) {
            throw new InvalidInput("endsOn", "can only be given with RENEWED");
        }
        requireTermInOrder(partnership.startsOn, change.endsOn() == null ? partnership.endsOn : change.endsOn());
        LocalDate on = change.on() == null ? LocalDate.now(clock) : change.on();
        if (partnership.tookStep(change.status(), on, change.endsOn())) {
            return partnership;
        }
        partnership.changeStatus(change.status(), on, change.endsOn());
        partnership.updatedAt = Instant.now(clock);
        Partnership.flush();
        outbox.publish(
                partnership.status == PartnershipStatus.CLOSED
                        ? PartnerEvents.PARTNERSHIP_CLOSED
                        : PartnerEvents.PARTNERSHIP_UPDATED,
                partnership);
        return partnership;
    }

    private void apply(PartnershipFields fields, Partnership partnership) {
        requireTermInOrder(fields.startsOn(), fields.endsOn());
        requireKnownParties(fields.parties());
        partnership.title = fields.title().strip();
        partnership.description = fields.description();
        partnership.kind = fields.kind();
        partnership.parties = new ArrayList<>(fields.partyList());
        partnership.aimAt(fields.targetList());
        partnership.workIn(fields.countryList());
        partnership.startsOn = fields.startsOn();
        partnership.endsOn = fields.endsOn();
        partnership.documents = new ArrayList<>(fields.documentList());
        partnership.indexWords();
        partnership.updatedAt = Instant.now(clock);
    }

    private static void requireTermInOrder(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new InvalidInput("endsOn", "must be after startsOn (" + startsOn + ")");
        }
    }

    private static void requireKnownParties(List<PartnershipFields.Party> parties) {
        Set<UUID> ids =
                parties.stream().map(PartnershipFields.Party::organizationId).collect(Collectors.toSet());
        if (ids.size() < 2) {
            throw new InvalidInput("parties", "must name at least 2 different organizations");
        }
        Set<UUID> known = Set.copyOf(Organization.<Organization>list("id in ?1", ids).stream()
                .map(o -> o.id)
                .toList());
        List<RefusedField> unknown = IntStream.range(0, parties.size())
                .filter(i -> !known.contains(parties.get(i).organizationId()))
                .mapToObj(i -> new RefusedField("parties[" + i + "].organizationId", "no organization with this id"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new RuleRefused("unknown-party", "Every party must be an organization of the network", unknown);
        }
    }
}
