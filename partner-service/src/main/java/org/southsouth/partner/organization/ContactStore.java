package org.southsouth.partner.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Contacts as stored. */
@ApplicationScoped
class ContactStore {

    @Inject
    EntityManager em;

    /**
     * The contact locked until the transaction ends, or null when there is none: a use case that reads it and then
     * writes it waits for every other such use case and sees what they committed (no lost update).
     */
    OrganizationContact findForUpdate(UUID id) {
        return em.find(OrganizationContact.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
