package org.southsouth.partner.organization;

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

@Path("/api/v1/organizations/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationBulkResource {

    @Inject
    OrganizationBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkUpsertOrganizations",
            summary = "Register or update up to 500 organizations",
            description = "Registers new organizations and updates existing ones as createOrganization and "
                    + "updateOrganization do, with the same roles: network staff register and change any "
                    + "organization, a partner only updates its own profile (never what network staff govern). "
                    + "Publishes OrganizationRegistered / OrganizationUpdated per organization."
                    + BulkDescriptions.RULES)
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = OrganizationBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/organizations/bulk",
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
