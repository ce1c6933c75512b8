package org.southsouth.volunteer.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;
import org.southsouth.rest.ValidBodies;
import org.southsouth.security.Caller;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.messaging.OpportunityOutbox;

/** Drafts, publishes and changes opportunities; every change and its event commit together. */
@ApplicationScoped
public class OpportunityService {

    @Inject
    OpportunityRules rules;

    @Inject
    OpportunityTransitions transitions;

    @Inject
    ValidBodies bodies;

    @Inject
    OpportunityOutbox outbox;

    @Inject
    RecordJournaling journal;

    @Inject
    Caller caller;

    @Inject
    OpportunityStore store;

    @Transactional
    public Opportunity create(AccessScope scope, OpportunityFields body) {
        OpportunityFields fields = body.withHost(OpportunityAccess.hostOfNew(scope, body.hostOrganizationId()));
        rules.check(fields);
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.createdAt = Instant.now();
        OpportunityFieldsMapping.copy(fields, opportunity);
        opportunity.moveTo(OpportunityStatus.DRAFT, caller.clientId(), null);
        opportunity.persistAndFlush();
        outbox.publish(VolunteerEvents.OPPORTUNITY_DRAFTED, opportunity);
        return opportunity;
    }

    public Opportunity get(AccessScope scope, UUID id) {
        return OpportunityAccess.require(scope, Opportunity.findById(id), id);
    }

    /** Changes a DRAFT or OPEN opportunity; the whole document is checked again. */
    @Transactional
    public Opportunity patch(AccessScope scope, UUID id, String ifMatch, JsonNode patch) {
        Opportunity opportunity = lock(scope, id);
        OpportunityAccess.requireMayManage(scope, opportunity);
        ETags.requireMatch(ifMatch, opportunity.version);
        if (opportunity.status != OpportunityStatus.DRAFT && opportunity.status != OpportunityStatus.OPEN) {
            throw new StateConflict(
                    "Opportunity " + id + " is " + opportunity.status + "; only DRAFT and OPEN opportunities change");
        }
        OpportunityFields patched =
                bodies.patched(OpportunityFieldsMapping.of(opportunity), patch, OpportunityFields.class);
        OpportunityAccess.requireMayKeepHost(scope, opportunity, patched.hostOrganizationId());
        rules.check(patched);
        if (patched.positions() < opportunity.positionsFilled) {
            throw new StateConflict(
                    opportunity.positionsFilled + " positions are already filled; positions cannot be fewer");
        }
        UUID formerHost = opportunity.hostOrganizationId;
        OpportunityFieldsMapping.copy(patched, opportunity);
        opportunity.updatedAt = Instant.now();
        Opportunity.flush();
        outbox.publish(VolunteerEvents.OPPORTUNITY_UPDATED, opportunity);
        if (!formerHost.equals(opportunity.hostOrganizationId)) {
            journal.readersChanged(opportunity);
        }
        return opportunity;
    }

    /** Repeating the current status changes nothing and publishes nothing, so a retried move is harmless. */
    @Transactional
    public Opportunity changeStatus(AccessScope scope, UUID id, String ifMatch, OpportunityStatusChange change) {
        Opportunity opportunity = lock(scope, id);
        OpportunityAccess.requireMayManage(scope, opportunity);
        ETags.requireMatch(ifMatch, opportunity.version);
        if (opportunity.status == change.status()) {
            return opportunity;
        }
        transitions.apply(opportunity, change, caller.clientId());
        Opportunity.flush();
        outbox.publish(
                change.status() == OpportunityStatus.OPEN
                        ? VolunteerEvents.OPPORTUNITY_PUBLISHED
                        : VolunteerEvents.OPPORTUNITY_STATUS_CHANGED,
                opportunity);
        return opportunity;
    }

    /** The opportunity under its row lock, which serializes every change to it and to its applications. */
    public Opportunity lock(AccessScope scope, UUID id) {
        return OpportunityAccess.require(scope, store.findForUpdate(id), id);
    }
}
