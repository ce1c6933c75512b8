package org.southsouth.partner.organization;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.NotFound;
import org.southsouth.partner.messaging.OrganizationOutbox;
import org.southsouth.partner.rest.validation.InputCheck;
import org.southsouth.rest.ETags;
import org.southsouth.rest.ValidBodies;
import org.southsouth.security.Caller;

/**
 * Registers, changes and deactivates organizations; every change and its event commit together. Registering,
 * deactivating and what {@link GovernedFields} holds are for network staff; a partner edits its own profile.
 */
@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationOutbox outbox;

    @Inject
    OrganizationStore store;

    @Inject
    InputCheck check;

    @Inject
    ValidBodies bodies;

    @Inject
    Caller caller;

    /** Microseconds, as PostgreSQL keeps them: the time a write answers is the time every later read shows. */
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    public void requireMayRegister() {
        caller.requireStaff("register organizations");
    }

    @Transactional
    public Organization register(OrganizationFields fields) {
        requireMayRegister();
        check.valid(fields);
        OrganizationStatus initial = fields.status() == null ? OrganizationStatus.PROSPECT : fields.status();
        if (initial == OrganizationStatus.INACTIVE) {
            throw new InvalidInput("status", "must be PROSPECT or ACTIVE when registering");
        }
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.status = OrganizationStatus.PROSPECT;
        apply(fields, organization);
        organization.statusChangedOn = today();
        organization.createdAt = organization.updatedAt;
        organization.persistAndFlush();
        outbox.publish(PartnerEvents.ORGANIZATION_REGISTERED, organization);
        return organization;
    }

    public Organization get(UUID id) {
        return found(Organization.findById(id), id);
    }

    private Organization getForUpdate(UUID id) {
        return found(store.findForUpdate(id), id);
    }

    private static Organization found(Organization organization, UUID id) {
        if (organization == null) {
            throw new NotFound("Organization", id);
        }
        return organization;
    }

    /** Applies a JSON merge patch; a patch that changes nothing publishes nothing. */
    @Transactional
    public Organization update(UUID id, String ifMatch, JsonNode patch) {
        Organization organization = getForUpdate(id);
        caller.requireActsFor(id, "change its profile");
        ETags.requireMatch(ifMatch, organization.revision());
        OrganizationFields current = OrganizationFields.of(organization);
        OrganizationFields changed = bodies.patched(current, patch, OrganizationFields.class);
        GovernedFields.requireUnchangedUnlessStaff(caller, current, changed);
        if (changed.equals(current)) {
            return organization;
        }
        apply(changed, organization);
        Organization.flush();
        outbox.publish(
                organization.status == OrganizationStatus.INACTIVE && current.status() != OrganizationStatus.INACTIVE
                        ? PartnerEvents.ORGANIZATION_DEACTIVATED
                        : PartnerEvents.ORGANIZATION_UPDATED,
                organization);
        return organization;
    }

    public void requireMayChangeStatus() {
        caller.requireStaff("change an organization's status");
    }

    /** A step of the life cycle; the step it last took, repeated with the same day, changes nothing. */
    @Transactional
    public Organization changeStatus(UUID id, String ifMatch, OrganizationStatusChange change) {
        Organization organization = getForUpdate(id);
        requireMayChangeStatus();
        check.valid(change);
        ETags.requireMatch(ifMatch, organization.revision());
        LocalDate on = change.on() == null ? today() : change.on();
        if (organization.tookStep(change.status(), on)) {
            return organization;
        }
        return move(organization, change.status(), on);
    }

    /** The earlier form of a move to INACTIVE, without a day: when already INACTIVE it changes nothing. */
    @Transactional
    public Organization deactivate(UUID id, String ifMatch) {
        Organization organization = getForUpdate(id);
        requireMayChangeStatus();
        ETags.requireMatch(ifMatch, organization.revision());
        if (organization.status == OrganizationStatus.INACTIVE) {
            return organization;
        }
        return move(organization, OrganizationStatus.INACTIVE, today());
    }

    private Organization move(Organization organization, OrganizationStatus target, LocalDate on) {
        organization.moveTo(target, on);
        organization.updatedAt = Instant.now(clock);
        Organization.flush();
        outbox.publish(
                target == OrganizationStatus.INACTIVE
                        ? PartnerEvents.ORGANIZATION_DEACTIVATED
                        : PartnerEvents.ORGANIZATION_UPDATED,
                organization);
        return organization;
    }

    private void apply(OrganizationFields fields, Organization organization) {
        organization.name = fields.name().strip();
        organization.nameTranslations = new LinkedHashMap<>(fields.translationsOrEmpty());
        organization.acronym =
                fields.acronym() == null ? null : fields.acronym().strip();
        organization.type = fields.type();
        organization.locateIn(fields.country());
        organization.sdgs = new ArrayList<>(fields.sdgsOrEmpty());
        organization.website = fields.website();
        organization.hub = Boolean.TRUE.equals(fields.hub());
        organization.joinedNetworkOn = fields.joinedNetworkOn();
        organization.changeStatus(fields.status() == null ? organization.status : fields.status(), today());
        organization.indexWords();
        organization.updatedAt = Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
