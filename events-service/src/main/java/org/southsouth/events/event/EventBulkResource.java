package org.southsouth.events.event;

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

@Path(EventBatch.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventBulkResource {

    @Inject
    EventBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Operation(
            operationId = "bulkUpsertEvents",
            summary = "Draft or update up to 500 events and move them on",
            description = "Drafts new events and updates existing ones as createEvent and updateEvent do (staff, or "
                    + "the host organization's partner), then walks each to the item's status by the single status "
                    + "moves, step by step: e.g. OPEN to take participations, later COMPLETED once it ended. A move "
                    + "refused before drafting (COMPLETED before the end) drafts nothing; one refused after a write "
                    + "leaves that write (the item fails, with the event's id when it was drafted), and sending the "
                    + "item again takes the move. Publishes EventDrafted, EventUpdated and EventStatusChanged per "
                    + "event." + BulkDescriptions.RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST " + EventBatch.PATH,
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
