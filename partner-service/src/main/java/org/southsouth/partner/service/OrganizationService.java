package org.southsouth.partner.service;

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
import org.southsouth.failure.StateConflict;
import org.southsouth.partner.domain.Organization;
import org.southsouth.partner.domain.OrganizationStatus;
import org.southsouth.partner.messaging.OrganizationEvents;
import org.southsouth.rest.ETags;
import org.southsouth.security.Caller;

/**
 * Registers, changes and deactivates organizations; every change and its event commit together. Registering,
 * deactivating and what {@link GovernedFields} holds are for network staff; a partner edits its own profile.
 */
@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationEvents events;

    @Inject
    InputCheck check;

    @Inject
    Patcher patcher;

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
        organization.createdAt = organization.updatedAt;
        organization.persistAndFlush();
        events.publish(PartnerEvents.ORGANIZATION_REGISTERED, organization);
        return organization;
    }

    public Organization get(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw new NotFound("Organization", id);
        }
        return organization;
    }

    /** Applies a JSON merge patch; a patch that changes nothing publishes nothing. */
    @Transactional
    public Organization update(UUID id, String ifMatch, JsonNode patch) {
        Organization organization = get(id);
        caller.requireActsFor(id, "change its profile");
        ETags.requireMatch(ifMatch, organization.revision());
        OrganizationFields current = OrganizationFields.of(organization);
        OrganizationFields changed = patcher.patch(current, patch, OrganizationFields.class);
        GovernedFields.requireUnchangedUnlessStaff(caller, current, changed);
        if (changed.equals(current)) {
            return organization;
        }
        apply(changed, organization);
        Organization.flush();
        events.publish(
                organization.status == OrganizationStatus.INACTIVE && current.status() != OrganizationStatus.INACTIVE
                        ? PartnerEvents.ORGANIZATION_DEACTIVATED
                        : PartnerEvents.ORGANIZATION_UPDATED,
                organization);
        return organization;
    }

    @Transactional
    public Organization deactivate(UUID id, String ifMatch) {
        Organization organization = get(id);
        caller.requireStaff("deactivate organizations");
        ETags.requireMatch(ifMatch, organization.revision());
        if (organization.status == OrganizationStatus.INACTIVE) {
            throw new StateConflict("Organization " + id + " is already INACTIVE");
        }
        organization.changeStatus(OrganizationStatus.INACTIVE, today());
        organization.updatedAt = Instant.now(clock);
        Organization.flush();
        events.publish(PartnerEvents.ORGANIZATION_DEACTIVATED, organization);
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
