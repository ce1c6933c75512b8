package org.southsouth.partner.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.failure.InvalidInput;
import org.southsouth.partner.organization.References;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;

/**
 * A batch of partnerships: a new one is recorded as createPartnership does, an existing one gets the item's fields
 * as the merge patch of updatePartnership; then, in the same transaction, each is moved to the item's {@code status}
 * by the single status steps (DRAFT → SIGNED → ACTIVE, or CLOSED), each dated by the item's {@code signedOn},
 * {@code activatedOn} or {@code closedOn}. A party may name its organization by {@code organizationExternalId}, the
 * caller's own id of an organization of its batches, instead of {@code organizationId}.
 */
@ApplicationScoped
public class PartnershipBatch {

    public static final String FAMILY = "partnership";
    static final String PATH = "/api/v1/partnerships/bulk";
    private static final String PARTIES = "parties";
    private static final String ORGANIZATION_ID = "organizationId";
    private static final String ORGANIZATION_EXTERNAL_ID = "organizationExternalId";
    private static final List<String> STEP_FIELDS = List.of("status", "signedOn", "activatedOn", "closedOn");
    private static final List<PartnershipStatus> LIFECYCLE =
            List.of(PartnershipStatus.DRAFT, PartnershipStatus.SIGNED, PartnershipStatus.ACTIVE);

    @Inject
    BatchRunner batches;

    @Inject
    BulkItemReader reader;

    @Inject
    PartnershipService partnerships;

    public BulkResult write(BulkItems batch) {
        return batches.run(FAMILY, batch, PATH, (fields, existing) -> {
            Steps steps = reader.parse(stepsOf(fields), Steps.class);
            resolveParties(fields);
            if (existing == null) {
                Partnership created = partnerships.create(reader.parse(fields, PartnershipFields.class));
                walk(created, steps);
                return BatchRunner.Written.created(created.id);
            }
            long before = partnerships.get(existing).revision();
            walk(partnerships.update(existing, null, fields), steps);
            return BatchRunner.Written.updatedOrUnchanged(
                    partnerships.get(existing).revision() != before, existing);
        });
    }

    /** Takes the status and its dates out of the item's fields. */
    private static ObjectNode stepsOf(ObjectNode fields) {
        ObjectNode steps = JsonNodeFactory.instance.objectNode();
        for (String field : STEP_FIELDS) {
            JsonNode value = fields.remove(field);
            if (value != null) {
                steps.set(field, value);
            }
        }
        return steps;
    }

    /** Moves the partnership to the item's status by the single status steps, step by step. */
    private void walk(Partnership partnership, Steps steps) {
        if (steps.status() == PartnershipStatus.RENEWED) {
            throw new InvalidInput(
                    "status",
                    "RENEWED is not reached in a batch: renew with " + "changePartnershipStatus and the new endsOn");
        }
        if (steps.status() == null || steps.status() == partnership.status && steps.on(steps.status()) == null) {
            return;
        }
        int from = LIFECYCLE.indexOf(partnership.status);
        int to = LIFECYCLE.indexOf(steps.status());
        List<PartnershipStatus> path =
                from >= 0 && to > from ? LIFECYCLE.subList(from + 1, to + 1) : List.of(steps.status());
        for (PartnershipStatus step : path) {
            partnerships.changeStatus(partnership.id, null, new StatusChange(step, steps.on(step), null));
        }
    }

    /** The status an item reaches and the dates of its steps (today when absent). */
    record Steps(PartnershipStatus status, LocalDate signedOn, LocalDate activatedOn, LocalDate closedOn) {

        LocalDate on(PartnershipStatus step) {
            return switch (step) {
                case SIGNED -> signedOn;
                case ACTIVE -> activatedOn;
                case CLOSED -> closedOn;
                default -> null;
            };
        }
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
                    throw new InvalidInput(field, "give either organizationId or organizationExternalId");
                }
                JsonNode externalId = party.remove(ORGANIZATION_EXTERNAL_ID);
                party.put(
                        ORGANIZATION_ID,
                        References.organization(batches, field, externalId).toString());
            }
        }
    }
}
