package org.southsouth.partner.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RefusedField;
import org.southsouth.failure.RuleRefused;

/** Records an item names: by the platform's id, or by the caller's own external id of an organization. */
public final class References {

    private References() {}

    static UUID uuid(String field, JsonNode id) {
        if (id.isTextual()) {
            try {
                return UUID.fromString(id.textValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(field, "must be a UUID");
            }
        }
        throw new InvalidInput(field, "must be a UUID");
    }

    /** The organization the caller's external id names; 422 naming {@code field} when it names none. */
    public static UUID organization(BatchRunner batches, String field, JsonNode externalId) {
        if (!externalId.isTextual()) {
            throw new InvalidInput(field, "must be a string");
        }
        String name = externalId.textValue();
        return batches.named(OrganizationBatch.FAMILY, name)
                .orElseThrow(() -> new RuleRefused(
                        "unknown-organization",
                        field + ": no organization of yours has the " + "externalId " + name
                                + " (send it in an organizations batch first)",
                        List.of(new RefusedField(field, "names no organization"))));
    }
}
