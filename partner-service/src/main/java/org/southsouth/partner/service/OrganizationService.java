package org.southsouth.partner.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.partner.domain.Organization;
import org.southsouth.partner.domain.OrganizationStatus;
import org.southsouth.partner.messaging.OrganizationEvents;
import org.southsouth.rest.ApiProblem;

/** Registers and reads organizations; every change and its event commit together. */
@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationEvents events;

    @Transactional
    public Organization register(String name, String acronym, String type, String country) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.name = name.strip();
        organization.acronym = acronym == null ? null : acronym.strip();
        organization.type = type;
        organization.country = country;
        organization.status = OrganizationStatus.PROSPECT;
        organization.createdAt = Instant.now();
        organization.updatedAt = organization.createdAt;
        organization.persistAndFlush();
        events.publish(PartnerEvents.ORGANIZATION_REGISTERED, organization);
        return organization;
    }

    public Organization get(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ApiProblem.notFound("Organization", id);
        }
        return organization;
    }

    public List<Organization> page(int page, int size) {
        return Organization.findAll(Sort.by("updatedAt").and("id")).page(Page.of(page, size)).list();
    }

    public long count() {
        return Organization.count();
    }
}
