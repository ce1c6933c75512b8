package org.southsouth.partner.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.southsouth.partner.domain.Partnership;
import org.southsouth.partner.service.PartnershipFields;
import org.southsouth.partner.service.PartnershipService;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;

/**
 * A batch of partnerships: a new one is recorded as createPartnership does, an existing one gets the item's fields
 * as the merge patch of updatePartnership. A party may name its organization by {@code organizationExternalId}, the
 * caller's own id of an organization of its batches, instead of {@code organizationId}.
 */
@ApplicationScoped
public class PartnershipBatch {

    public static final String FAMILY = "partnership";
    static final String PATH = "/api/v1/partnerships/bulk";
    private static final String PARTIES = "parties";
    private static final String ORGANIZATION_ID = "organizationId";
    private static final String ORGANIZATION_EXTERNAL_ID = "organizationExternalId";

    @Inject
    Batches batches;

    @Inject
    BulkItemReader reader;

    @Inject
    PartnershipService partnerships;

    public BulkResult write(BulkItems batch) {
        return batches.run(FAMILY, batch, PATH, (fields, existing) -> {
            resolveParties(fields);
            if (existing == null) {
                return Batches.Written.created(partnerships.create(reader.parse(fields, PartnershipFields.class)).id);
            }
            long before = partnerships.get(existing).revision();
            Partnership updated = partnerships.update(existing, null, fields);
            return Batches.Written.updated(existing, before, updated.revision());
        });
    }

    /** Replaces each party's organizationExternalId by the organizationId it names. */
    private void resolveParties(ObjectNode fields) {
        JsonNode parties = fields.get(PARTIES);
        if (parties == null || !parties.isArray()) {
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) instanceof ObjectNode party && party.has(ORGANIZATION_EXTERNAL_ID)) {
                String field = PARTIES + "[" + i + "]." + ORGANIZATION_EXTERNAL_ID;
                if (party.has(ORGANIZATION_ID)) {
                    throw ApiProblem.invalidField(field, "give either organizationId or organizationExternalId");
                }
                JsonNode externalId = party.remove(ORGANIZATION_EXTERNAL_ID);
                party.put(ORGANIZATION_ID, References.organization(batches, field, externalId).toString());
            }
        }
    }
}
