package org.southsouth.partner.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.failure.InvalidInput;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;

/**
 * A batch of contacts of any organizations the caller may act for: a new one is added as createContact does, an
 * existing one gets the item's fields as the merge patch of updateContact. Each item names its organization by
 * {@code organizationId} or by {@code organizationExternalId} (the caller's own id of an organization of its batches).
 */
@ApplicationScoped
public class ContactBatch {

    public static final String FAMILY = ContactService.EXTERNAL_ID_FAMILY;
    static final String PATH = "/api/v1/organizations/contacts/bulk";
    private static final String ORGANIZATION_ID = "organizationId";
    private static final String ORGANIZATION_EXTERNAL_ID = "organizationExternalId";

    @Inject
    BatchRunner batches;

    @Inject
    BulkItemReader reader;

    @Inject
    ContactService contacts;

    public BulkResult write(BulkItems batch) {
        return batches.run(FAMILY, batch, PATH, (fields, existing) -> {
            UUID organizationId = organizationOf(fields);
            if (existing == null) {
                ContactFields contact = reader.parse(fields, ContactFields.class);
                return BatchRunner.Written.created(contacts.add(organizationId, contact).id);
            }
            long before = contacts.get(organizationId, existing).revision();
            OrganizationContact updated = contacts.update(organizationId, existing, null, fields);
            return BatchRunner.Written.updatedOrUnchanged(updated.revision() != before, existing);
        });
    }

    /** The organization the item names, taken out of its fields. */
    private UUID organizationOf(ObjectNode fields) {
        JsonNode id = fields.remove(ORGANIZATION_ID);
        JsonNode externalId = fields.remove(ORGANIZATION_EXTERNAL_ID);
        boolean hasId = id != null && !id.isNull();
        boolean hasExternalId = externalId != null && !externalId.isNull();
        if (hasId == hasExternalId) {
            throw new InvalidInput(ORGANIZATION_ID, "give either organizationId or organizationExternalId");
        }
        if (hasExternalId) {
            return References.organization(batches, ORGANIZATION_EXTERNAL_ID, externalId);
        }
        return References.uuid(ORGANIZATION_ID, id);
    }
}
