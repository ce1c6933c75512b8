package org.southsouth.partner.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.partner.domain.OrganizationContact;
import org.southsouth.partner.service.ContactBook;
import org.southsouth.partner.service.ContactFields;
import org.southsouth.rest.Problem;
import org.southsouth.rest.idempotency.IdempotentRequests;

/** Contacts are personal data: their own resource, open only to network staff and the organization itself. */
@Path("/api/v1/organizations/{organizationId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization contacts", description = "People to reach at an organization. Personal data: visible only "
        + "to admins, coordinators and the organization itself; never in lists of organizations nor in events.")
public class ContactResource {

    @Inject
    ContactBook contacts;

    @Inject
    IdempotentRequests idempotent;

    @GET
    @Operation(summary = "List the contacts of an organization", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The contacts",
            content = @Content(schema = @Schema(implementation = ContactView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organization with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ContactView> list(@PathParam("organizationId") UUID organizationId) {
        return contacts.of(organizationId).stream().map(ContactView::of).toList();
    }

    @GET
    @Path("/{contactId}")
    @Operation(summary = "Read a contact")
    @APIResponse(responseCode = "200", description = "The contact", content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such contact at this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactView get(@PathParam("organizationId") UUID organizationId, @PathParam("contactId") UUID contactId) {
        return ContactView.of(contacts.get(organizationId, contactId));
    }

    @POST
    @Operation(summary = "Add a contact", description = "Adds a person to reach at the organization. No event is published.")
    @APIResponse(responseCode = "201", description = "Added; Location names the contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid contact; field errors name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organization with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("organizationId") UUID organizationId,
                        @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        ContactFields body) {
        // Authorized before a stored response could be replayed to this caller.
        contacts.requireAccess(organizationId);
        return idempotent.run(idempotencyKey, "POST /api/v1/organizations/" + organizationId + "/contacts", body, () -> {
            OrganizationContact added = contacts.add(organizationId, body);
            return Response.created(URI.create("/api/v1/organizations/" + organizationId + "/contacts/" + added.id))
                    .entity(ContactView.of(added)).build();
        });
    }

    @DELETE
    @Path("/{contactId}")
    @Operation(summary = "Remove a contact", description = "Deletes the person's data for good.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such contact at this organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathParam("organizationId") UUID organizationId, @PathParam("contactId") UUID contactId) {
        contacts.remove(organizationId, contactId);
    }
}
