package org.southsouth.volunteer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RuleRefused;
import org.southsouth.volunteer.deployment.DeploymentBatch;
import org.southsouth.volunteer.opportunity.OpportunityBatch;
import org.southsouth.volunteer.volunteer.VolunteerBatch;

/**
 * An item of a batch may name a record it refers to by the external id the same client gave that record in an earlier
 * batch ({@code volunteerExternalId} instead of {@code volunteerId}): an integrator sends its volunteers, then their
 * deployments, hours and applications, without reading ids back.
 */
@ApplicationScoped
public class ExternalReferences {

    public static final Reference VOLUNTEER =
            new Reference("volunteerId", "volunteerExternalId", VolunteerBatch.FAMILY);
    public static final Reference DEPLOYMENT =
            new Reference("deploymentId", "deploymentExternalId", DeploymentBatch.FAMILY);
    public static final Reference OPPORTUNITY =
            new Reference("opportunityId", "opportunityExternalId", OpportunityBatch.FAMILY);

    /** A reference field of an item and the field naming the same record by external id. */
    public record Reference(String idField, String externalIdField, String family) {}

    @Inject
    BatchRunner batches;

    /** Replaces the item's external reference, if it has one, by the id it names. */
    public void resolve(ObjectNode fields, Reference reference) {
        JsonNode externalId = fields.remove(reference.externalIdField());
        if (externalId == null || externalId.isNull()) {
            return;
        }
        if (fields.hasNonNull(reference.idField())) {
            throw new InvalidInput(
                    reference.externalIdField(),
                    "give " + reference.idField() + " or " + reference.externalIdField() + ", not both");
        }
        if (!externalId.isTextual()) {
            throw new InvalidInput(reference.externalIdField(), "must be a string");
        }
        String id = batches.named(reference.family(), externalId.textValue())
                .orElseThrow(() -> new RuleRefused(
                        "unknown-" + reference.family(),
                        "No " + reference.family() + " has the external id " + externalId.textValue()
                                + " of this client; send it first"))
                .toString();
        fields.put(reference.idField(), id);
    }
}
