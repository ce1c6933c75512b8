package org.southsouth.volunteer.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ETags;
import org.southsouth.rest.Problem;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.domain.Volunteer;
import org.southsouth.volunteer.service.VolunteerProfile;
import org.southsouth.volunteer.service.VolunteerService;

@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "The people of the network: profiles, languages, skills, availability")
public class VolunteerResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    VolunteerService volunteers;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a volunteer",
            description = "Registers a volunteer (ACTIVE unless told otherwise) and publishes VolunteerRegistered (without email or phone).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new volunteer, ETag its version",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid; errors name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email is already registered (case-insensitive), or the Idempotency-Key is in use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The home organization is unknown, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull VolunteerProfile body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/volunteers", body, () -> {
            Volunteer created = volunteers.register(body);
            return Response.created(URI.create("/api/v1/volunteers/" + created.id)).tag(ETags.of(created.version))
                    .entity(VolunteerView.of(created)).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a volunteer", description = "The ETag is the volunteer's version; send it back in If-Match to update.")
    @APIResponse(responseCode = "200", description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "404", description = "No volunteer with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Volunteer volunteer = volunteers.get(id);
        return Response.ok(VolunteerView.of(volunteer)).tag(ETags.of(volunteer.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change a volunteer's profile",
            description = "JSON Merge Patch (RFC 7396) of the VolunteerProfile: members replace, null removes, lists are replaced whole. "
                    + "The patched profile obeys the rules of a new one. Publishes VolunteerUpdated when something changed.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = VolunteerProfile.class),
            example = "{\"residence\": \"TH\", \"skills\": [\"education\", \"ict\"]}"))
    @APIResponse(responseCode = "200", description = "The volunteer after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "The patched profile is not valid; errors name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No volunteer with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The new email is taken, or the volunteer was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The home organization is unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Volunteer volunteer = volunteers.patch(id, ifMatch, patch);
        return Response.ok(VolunteerView.of(volunteer)).tag(ETags.of(volunteer.version)).build();
    }
}
