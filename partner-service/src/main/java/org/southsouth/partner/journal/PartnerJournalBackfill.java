package org.southsouth.partner.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.southsouth.journal.postgres.JournalBackfill;
import org.southsouth.journal.postgres.UnjournaledRecords;
import org.southsouth.partner.organization.Organization;
import org.southsouth.partner.organization.OrganizationContact;
import org.southsouth.partner.partnership.Partnership;

/** Journals the organizations, partnerships and contacts stored before the journal existed, once each. */
@ApplicationScoped
public class PartnerJournalBackfill implements JournalBackfill {

    @Inject
    UnjournaledRecords unjournaled;

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerJournal journal;

    @Override
    public int backfill() {
        return unjournaled.journal(
                        "organization",
                        PartnerJournal.ORGANIZATION,
                        id -> journal.written(entityManager.find(Organization.class, id)))
                + unjournaled.journal(
                        "partnership",
                        PartnerJournal.PARTNERSHIP,
                        id -> journal.written(entityManager.find(Partnership.class, id)))
                + unjournaled.journal(
                        "organization_contact",
                        PartnerJournal.CONTACT,
                        id -> journal.written(entityManager.find(OrganizationContact.class, id)));
    }
}
