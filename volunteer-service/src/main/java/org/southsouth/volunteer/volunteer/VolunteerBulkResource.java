package org.southsouth.volunteer.volunteer;

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

@Path("/api/v1/volunteers/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerBulkResource {

    @Inject
    VolunteerBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkUpsertVolunteers",
            summary = "Create or update up to 500 volunteers",
            description = "Registers new volunteers with their consents and updates existing ones as createVolunteer, "
                    + "updateVolunteer and createConsent do, with the same roles: network staff, and partners for "
                    + "their own nominees." + BulkDescriptions.RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VolunteerBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "403", description = "A reporter")
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/volunteers/bulk",
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
