package org.southsouth.events.participation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.bulk.BulkDescriptions;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItemResult;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path(ParticipationBulkResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participations")
public class ParticipationBulkResource {

    static final String PATH = "/api/v1/participations/bulk";

    @Inject
    ParticipationUpserts upserts;

    @Inject
    BulkItemReader reader;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Operation(
            operationId = "bulkUpsertParticipations",
            summary = "Register up to 500 participants with their final status",
            description = "Participations of any events, each with the status it reached (registration and "
                    + "attendance in one item). A new participant is registered exactly as by createParticipation "
                    + "(while the event is OPEN; a seat, else the waitlist) and moved on as by "
                    + "changeParticipationStatus (ATTENDED or NO_SHOW by staff or the host once the event has started, "
                    + "dated at; CANCELLED by whoever may register the participant); an existing one is only moved on, "
                    + "its participant and role never change (409). A step refused by a race after the registration "
                    + "(the last seats taken meanwhile) leaves the participant registered or waitlisted: the item "
                    + "fails with the participation's id, and sending it again takes the step. Publishes "
                    + "ParticipationRegistered and ParticipationStatusChanged per participation."
                    + BulkDescriptions.RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ParticipationBatch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems batch = BulkItems.of(body);
        return idempotentRequests.run(idempotencyKey, "POST " + PATH, body, () -> {
            BulkItemResult[] results = new BulkItemResult[batch.items().size()];
            List<ParticipationUpserts.Numbered> items = new ArrayList<>();
            for (int index = 0; index < results.length; index++) {
                try {
                    items.add(new ParticipationUpserts.Numbered(index, read(batch, index)));
                } catch (RuntimeException e) {
                    results[index] = BulkItemReader.failed(index, batch.externalId(index), e, PATH);
                }
            }
            // One entry per mark: the batch releases each mark of its events after recounting them once.
            List<UUID> attendanceMoved = new ArrayList<>();
            try {
                upserts.upsertAll(items, PATH, attendanceMoved, (index, result) -> results[index] = result);
            } finally {
                upserts.recountAttendance(attendanceMoved);
            }
            return Response.ok(BulkResult.of(List.of(results))).build();
        });
    }

    /** The item read and validated as the single request's body would be; its problem when it is not. */
    private ParticipationUpsert read(BulkItems batch, int index) {
        Optional<ApiProblem> refused = batch.externalIdProblem(index);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return reader.read(batch.items().get(index), ParticipationBulkItem.class)
                .toUpsert();
    }
}
