package org.southsouth.partner.organization;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.southsouth.bulk.postgres.JdbcExternalIds;
import org.southsouth.failure.NotFound;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.rest.validation.InputCheck;
import org.southsouth.rest.ETags;
import org.southsouth.rest.ValidBodies;
import org.southsouth.security.Caller;

/**
 * Contacts of organizations: personal data kept apart from the organization, never published. Only network staff
 * and the organization itself may see or change them, reads included.
 */
@ApplicationScoped
public class ContactService {

    /** The family of contacts' external ids: a contact deleted for good is named by none, so a batch adds it anew. */
    public static final String EXTERNAL_ID_FAMILY = "contact";

    @Inject
    InputCheck check;

    @Inject
    ValidBodies bodies;

    @Inject
    Caller caller;

    @Inject
    PartnerJournal journal;

    @Inject
    JdbcExternalIds externalIds;

    @Inject
    ContactStore store;

    public void requireAccess(UUID organizationId) {
        caller.requireActsFor(organizationId, "see or change its contacts");
    }

    public List<OrganizationContact> of(UUID organizationId) {
        requireAccess(organizationId);
        requireOrganization(organizationId);
        return OrganizationContact.list("organizationId = ?1 order by createdAt, id", organizationId);
    }

    public OrganizationContact get(UUID organizationId, UUID contactId) {
        requireAccess(organizationId);
        return ofOrganization(OrganizationContact.findById(contactId), organizationId, contactId);
    }

    private OrganizationContact getForUpdate(UUID organizationId, UUID contactId) {
        requireAccess(organizationId);
        return ofOrganization(store.findForUpdate(contactId), organizationId, contactId);
    }

    private static OrganizationContact ofOrganization(
            OrganizationContact contact, UUID organizationId, UUID contactId) {
        if (contact == null || !contact.organizationId.equals(organizationId)) {
            throw new NotFound("Contact", contactId);
        }
        return contact;
    }

    @Transactional
    public OrganizationContact add(UUID organizationId, ContactFields fields) {
        requireAccess(organizationId);
        check.valid(fields);
        requireOrganization(organizationId);
        OrganizationContact contact = new OrganizationContact();
        contact.id = UUID.randomUUID();
        contact.organizationId = organizationId;
        apply(fields, contact);
        contact.createdAt = contact.updatedAt;
        contact.persist();
        journal.written(contact);
        return contact;
    }

    /** Applies a JSON merge patch; a patch that changes nothing changes no revision. */
    @Transactional
    public OrganizationContact update(UUID organizationId, UUID contactId, String ifMatch, JsonNode patch) {
        OrganizationContact contact = getForUpdate(organizationId, contactId);
        ETags.requireMatch(ifMatch, contact.revision());
        ContactFields current = ContactFields.of(contact);
        ContactFields changed = bodies.patched(current, patch, ContactFields.class);
        if (!changed.equals(current)) {
            apply(changed, contact);
            OrganizationContact.flush();
            journal.written(contact);
        }
        return contact;
    }

    @Transactional
    public void remove(UUID organizationId, UUID contactId) {
        OrganizationContact contact = getForUpdate(organizationId, contactId);
        contact.delete();
        OrganizationContact.flush();
        journal.deleted(contact);
        externalIds.forget(EXTERNAL_ID_FAMILY, contactId);
    }

    private static void apply(ContactFields fields, OrganizationContact contact) {
        contact.name = fields.name().strip();
        contact.role = fields.role();
        contact.email = fields.email();
        contact.phone = fields.phone();
        contact.preferredLanguage = fields.preferredLanguage();
        // Microseconds, as PostgreSQL keeps them: the time a write answers is the time every later read shows.
        contact.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireOrganization(UUID organizationId) {
        if (Organization.findById(organizationId) == null) {
            throw new NotFound("Organization", organizationId);
        }
    }
}
