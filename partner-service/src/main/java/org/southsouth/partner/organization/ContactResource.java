package org.southsouth.partner.organization;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Problem;
import org.southsouth.rest.idempotency.IdempotentRequests;

/** Contacts are personal data: their own resource, open only to network staff and the organization itself. */
@Path("/api/v1/organizations/{organizationId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organization contacts",
        description = "People to reach at an organization. Personal data: visible only "
                + "to admins, coordinators and the organization itself; never in lists of organizations nor in events.")
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    IdempotentRequests idempotent;

    @GET
    @Operation(
            operationId = "listContacts",
            summary = "List the contacts of an organization",
            description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The contacts",
            content = @Content(schema = @Schema(implementation = ContactView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization")
    @APIResponse(responseCode = "404", description = "No organization with this id")
    public List<ContactView> list(@PathParam("organizationId") UUID organizationId) {
        return contacts.of(organizationId).stream().map(ContactView::of).toList();
    }

    @GET
    @Path("/{contactId}")
    @Operation(
            operationId = "getContact",
            summary = "Read a contact",
            description = "One person to reach at the organization; the ETag is its revision.")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            headers = @Header(name = "ETag", description = "Revision; send it in If-Match to update"),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization")
    @APIResponse(responseCode = "404", description = "No such contact at this organization")
    public Response get(@PathParam("organizationId") UUID organizationId, @PathParam("contactId") UUID contactId) {
        OrganizationContact contact = contacts.get(organizationId, contactId);
        return ETags.ok(ContactView.of(contact), contact.revision());
    }

    @POST
    @Operation(
            operationId = "createContact",
            summary = "Add a contact",
            description = "Adds a person to reach at the organization. No event is published.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the contact",
            headers = @Header(name = "ETag", description = "Revision of the contact"),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid contact; field errors name each field")
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization")
    @APIResponse(responseCode = "404", description = "No organization with this id")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response add(
            @PathParam("organizationId") UUID organizationId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            ContactFields body) {
        // Authorized before a stored response could be replayed to this caller.
        contacts.requireAccess(organizationId);
        return idempotent.run(
                idempotencyKey, "POST /api/v1/organizations/" + organizationId + "/contacts", body, () -> {
                    OrganizationContact added = contacts.add(organizationId, body);
                    return ETags.created(
                            URI.create("/api/v1/organizations/" + organizationId + "/contacts/" + added.id),
                            ContactView.of(added),
                            added.revision());
                });
    }

    @PATCH
    @Path("/{contactId}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updateContact",
            summary = "Update a contact",
            description = "JSON Merge Patch (RFC 7396): send only what changes, null "
                    + "removes an optional field. No event is published. If-Match is optional; when sent it must name the "
                    + "current revision. A patch that changes nothing changes no revision.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = ContactFields.class),
                            examples =
                                    @ExampleObject(
                                            name = "new role, no phone",
                                            value = "{\"role\": \"Head of partnerships\", \"phone\": null}")))
    @APIResponse(
            responseCode = "200",
            description = "The updated contact",
            headers = @Header(name = "ETag", description = "The new revision"),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, unknown field, wrong type or invalid value")
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization")
    @APIResponse(responseCode = "404", description = "No such contact at this organization")
    @APIResponse(responseCode = "409", description = "A concurrent change without If-Match")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    public Response update(
            @PathParam("organizationId") UUID organizationId,
            @PathParam("contactId") UUID contactId,
            @Parameter(
                            description = "ETag of the revision the change is based on",
                            example = "\"2\"",
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            JsonNode patch) {
        OrganizationContact updated = contacts.update(organizationId, contactId, ifMatch, patch);
        return ETags.ok(ContactView.of(updated), updated.revision());
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{contactId}")
    @Operation(
            operationId = "deleteContact",
            summary = "Remove a contact",
            description = "Deletes the person's data for good.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization")
    @APIResponse(responseCode = "404", description = "No such contact at this organization")
    public void remove(@PathParam("organizationId") UUID organizationId, @PathParam("contactId") UUID contactId) {
        contacts.remove(organizationId, contactId);
    }
}
