package org.southsouth.partner.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.bulk.BulkDescriptions;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path("/api/v1/partnerships/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipBulkResource {

    @Inject
    PartnershipBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkUpsertPartnerships",
            summary = "Record or update up to 500 partnerships",
            description = "Records new partnerships (DRAFT) and updates existing ones as createPartnership and "
                    + "updatePartnership do: network staff any agreement, a partner only one its own organization is "
                    + "party to; a party may name its organization by organizationExternalId (422 naming the field "
                    + "when it names none of yours). Then, in the item's transaction, the partnership is moved to the "
                    + "item's status by the single status steps (DRAFT → SIGNED → ACTIVE, or CLOSED), dated signedOn, "
                    + "activatedOn, closedOn, so an agreement's history loads in one item. Publishes "
                    + "PartnershipRegistered / PartnershipUpdated / PartnershipClosed per partnership."
                    + BulkDescriptions.RULES)
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = PartnershipBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/partnerships/bulk",
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
