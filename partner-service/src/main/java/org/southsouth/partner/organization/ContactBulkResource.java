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

@Path("/api/v1/organizations/contacts/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organization contacts")
public class ContactBulkResource {

    @Inject
    ContactBatch batch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkUpsertContacts",
            summary = "Add or update up to 500 contacts of organizations",
            description = "Adds new contacts and updates existing ones as createContact and updateContact do: network "
                    + "staff for any organization, a partner for its own; each item names its organization by "
                    + "organizationId or organizationExternalId. No event is published. Contacts are deleted only "
                    + "one by one (deleteContact), for good." + BulkDescriptions.RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactBulkItem.Batch.class)))
    @APIResponse(
            responseCode = "200",
            description = BulkDescriptions.RESULT,
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response upsert(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, JsonNode body) {
        BulkItems items = BulkItems.of(body);
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/organizations/contacts/bulk",
                body,
                () -> Response.ok(batch.write(items)).build());
    }
}
