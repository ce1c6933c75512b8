package org.southsouth.volunteer.deployment;

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

@Path("/api/v1/deployments/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deployments")
public class DeploymentBulkResource {

    @Inject
    DeploymentBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkUpsertDeployments",
            summary = "Plan, re-plan and move up to 500 deployments",
            description = "Plans new deployments and re-plans PLANNED ones as createDeployment and updateDeployment "
                    + "do, then brings each to the item's status through the moves changeDeploymentStatus makes, so a "
                    + "partner loads a deployment's history in one item; same roles as those calls. Items may name the "
                    + "volunteer by volunteerExternalId." + BulkDescriptions.RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeploymentBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "403", description = "A reporter or volunteer client")
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/deployments/bulk",
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
