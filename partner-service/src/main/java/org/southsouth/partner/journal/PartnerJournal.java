package org.southsouth.partner.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.postgres.JdbcRecordJournal;
import org.southsouth.partner.organization.ContactView;
import org.southsouth.partner.organization.Organization;
import org.southsouth.partner.organization.OrganizationContact;
import org.southsouth.partner.organization.OrganizationView;
import org.southsouth.partner.partnership.Partnership;
import org.southsouth.partner.partnership.PartnershipView;
import org.southsouth.security.EventOrigins;

/**
 * Journals each change of an organization, partnership or contact in the caller's transaction, as the record's
 * single GET shows it, with who made it. Call it after the change is flushed: the row's lock orders a record's entries.
 */
@ApplicationScoped
public class PartnerJournal {

    public static final String ORGANIZATION = "organization";
    public static final String PARTNERSHIP = "partnership";
    public static final String CONTACT = "contact";

    @Inject
    JdbcRecordJournal journal;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventOrigins origins;

    public void written(Organization organization) {
        written(ORGANIZATION, organization.id, OrganizationView.of(organization));
    }

    public void written(Partnership partnership) {
        written(PARTNERSHIP, partnership.id, PartnershipView.of(partnership));
    }

    public void written(OrganizationContact contact) {
        written(CONTACT, contact.id, ContactView.of(contact));
    }

    /** A contact deleted for good: the feed turns it into a tombstone, its history goes with it. */
    public void deleted(OrganizationContact contact) {
        journal.record(CONTACT, contact.id, ChangeKind.DELETED, null, origins.current());
    }

    private void written(String family, UUID id, Object view) {
        journal.record(family, id, ChangeKind.WRITTEN, mapper.valueToTree(view), origins.current());
    }
}
