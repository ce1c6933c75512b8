package org.southsouth.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;
import org.southsouth.security.Caller;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.messaging.ApplicationOutbox;
import org.southsouth.volunteer.messaging.OpportunityOutbox;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.OpportunityService;
import org.southsouth.volunteer.opportunity.OpportunityStatus;
import org.southsouth.volunteer.opportunity.OpportunityStore;
import org.southsouth.volunteer.opportunity.OpportunityTransitions;
import org.southsouth.volunteer.volunteer.Volunteer;
import org.southsouth.volunteer.volunteer.VolunteerStatus;

/**
 * Takes applications and moves them along; every change takes the opportunity's row lock first, so positions are
 * counted one acceptance at a time and never over-filled.
 */
@ApplicationScoped
public class ApplicationService {

    /** One live application per volunteer and opportunity, even when requests race. */
    public static final String LIVE_CONSTRAINT = "application_live";

    @Inject
    OpportunityTransitions opportunityTransitions;

    @Inject
    OfferAcceptance acceptance;

    @Inject
    ApplicationOutbox outbox;

    @Inject
    OpportunityOutbox opportunityOutbox;

    @Inject
    Caller caller;

    @Inject
    OpportunityService opportunities;

    @Inject
    OpportunityStore opportunityStore;

    @Inject
    ApplicationStore store;

    @Transactional
    public Application submit(AccessScope scope, NewApplication body) {
        Opportunity opportunity = opportunities.lock(scope, body.opportunityId());
        UUID volunteerId =
                scope.volunteerId() != null && body.volunteerId() == null ? scope.volunteerId() : body.volunteerId();
        if (volunteerId == null) {
            throw new InvalidInput("volunteerId", "is required");
        }
        Volunteer volunteer = Volunteer.findById(volunteerId);
        ApplicationAccess.requireMayApplyFor(scope, volunteer);
        if (volunteer == null) {
            throw new RuleRefused("unknown-volunteer", "Volunteer " + volunteerId + " does not exist");
        }
        if (volunteer.status != VolunteerStatus.ACTIVE) {
            throw new RuleRefused(
                    "volunteer-not-active",
                    "Volunteer " + volunteerId + " is " + volunteer.status + "; only ACTIVE volunteers apply");
        }
        if (body.availableFrom() != null
                && body.availableTo() != null
                && body.availableTo().isBefore(body.availableFrom())) {
            throw new InvalidInput("availableTo", "must not be before availableFrom");
        }
        if (opportunity.status != OpportunityStatus.OPEN) {
            throw new StateConflict("Opportunity " + opportunity.id + " is " + opportunity.status
                    + "; only OPEN opportunities take applications");
        }
        if (opportunity.applicationDeadline.isBefore(LocalDate.now(ZoneOffset.UTC)) && !scope.everything()) {
            throw new RuleRefused(
                    "deadline-passed",
                    "The application deadline " + opportunity.applicationDeadline
                            + " has passed; only network staff add applications now");
        }
        if (Application.count(
                        "opportunityId = ?1 and volunteerId = ?2 and status in ?3",
                        opportunity.id,
                        volunteerId,
                        ApplicationStatus.LIVE)
                > 0) {
            throw duplicate();
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.opportunityId = opportunity.id;
        application.volunteerId = volunteerId;
        application.nominatedByOrganizationId = scope.organizationId();
        application.motivation = body.motivation().strip();
        application.availableFrom = body.availableFrom();
        application.availableTo = body.availableTo();
        application.createdAt = Instant.now();
        application.moveTo(ApplicationStatus.SUBMITTED, caller.clientId(), null);
        application.persistAndFlush();
        outbox.publish(VolunteerEvents.APPLICATION_SUBMITTED, application, opportunity);
        return application;
    }

    public Application get(AccessScope scope, UUID id) {
        Application application = Application.findById(id);
        if (application == null) {
            throw new NotFound("Application", id);
        }
        return reachable(scope, application, Opportunity.findById(application.opportunityId), id);
    }

    /** Repeating the current status changes nothing and publishes nothing, so a retried move is harmless. */
    @Transactional
    public Application changeStatus(AccessScope scope, UUID id, String ifMatch, ApplicationStatusChange change) {
        UUID opportunityId = Application.find("select opportunityId from Application where id = ?1", id)
                .project(UUID.class)
                .firstResult();
        if (opportunityId == null) {
            throw new NotFound("Application", id);
        }
        Opportunity opportunity = opportunityStore.findForUpdate(opportunityId);
        Application application = reachable(scope, store.findForUpdate(id), opportunity, id);
        Volunteer volunteer = Volunteer.findById(application.volunteerId);
        ApplicationAccess.requireMayMove(scope, application, volunteer, opportunity, change.status());
        ETags.requireMatch(ifMatch, application.version);
        if (application.status == change.status()) {
            return application;
        }
        ApplicationStatus next = change.status();
        if (!application.status.canBecome(next)) {
            throw new StateConflict("A " + application.status + " application cannot become " + next
                    + (application.status.next().isEmpty()
                            ? "; it is final"
                            : "; it can become " + application.status.next()));
        }
        if (next != ApplicationStatus.ACCEPTED && change.plannedStart() != null) {
            throw new InvalidInput("plannedStart", "is only given when an offer is accepted");
        }
        if ((next == ApplicationStatus.SHORTLISTED
                        || next == ApplicationStatus.OFFERED
                        || next == ApplicationStatus.ACCEPTED)
                && !opportunity.status.selecting()) {
            throw new StateConflict(
                    "Opportunity " + opportunity.id + " is " + opportunity.status + "; selection is over");
        }
        if (next == ApplicationStatus.ACCEPTED) {
            acceptance.accept(application, opportunity, change.plannedStart());
        }
        application.moveTo(next, caller.clientId(), change.reason());
        if (next == ApplicationStatus.ACCEPTED) {
            opportunityTransitions.fillIfFull(opportunity);
        }
        Application.flush();
        outbox.publish(VolunteerEvents.APPLICATION_STATUS_CHANGED, application, opportunity);
        if (next == ApplicationStatus.ACCEPTED) {
            opportunityOutbox.publish(
                    opportunity.status == OpportunityStatus.FILLED
                            ? VolunteerEvents.OPPORTUNITY_STATUS_CHANGED
                            : VolunteerEvents.OPPORTUNITY_UPDATED,
                    opportunity);
        }
        return application;
    }

    public static StateConflict duplicate() {
        return new StateConflict("The volunteer already has a live application to this opportunity");
    }

    /** The application, or 404 as if it did not exist when the caller does not reach it. */
    private static Application reachable(AccessScope scope, Application application, Opportunity opportunity, UUID id) {
        if (application == null
                || !ApplicationAccess.reaches(
                        scope, application, Volunteer.findById(application.volunteerId), opportunity)) {
            throw new NotFound("Application", id);
        }
        return application;
    }
}
