package org.southsouth.volunteer.hours;

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

@Path("/api/v1/service-hours/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service hours")
public class ServiceHoursBulkResource {

    @Inject
    HoursBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkLogServiceHours",
            summary = "Log up to 500 hour entries",
            description = "Logs hour entries as createServiceHours does, with the same roles: network staff, the "
                    + "volunteer's home organization (partner) and the volunteer itself. Items may name the volunteer "
                    + "by volunteerExternalId and the deployment by deploymentExternalId. An item with verified: true "
                    + "is also verified as verifyServiceHours does, by network staff only." + BulkDescriptions.RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HoursBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "403", description = "A reporter")
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/service-hours/bulk",
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
