package org.southsouth.volunteer.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.rest.CodeParameters;
import org.southsouth.volunteer.rest.SortParameter;

@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "The people of the network: profiles, languages, skills, availability")
public class VolunteerResource {

    @Inject
    VolunteerService volunteers;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    VolunteerStore queries;

    @Inject
    CallerAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createVolunteer",
            summary = "Register a volunteer",
            description =
                    "Registers a volunteer (ACTIVE unless told otherwise) and publishes VolunteerRegistered (without email or phone). "
                            + "Network staff and partners; a partner registers its own nominees: homeOrganizationId defaults to its organization "
                            + "and may not name another.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the new volunteer, ETag its version",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid; errors name the fields")
    @APIResponse(
            responseCode = "403",
            description = "A partner naming another home organization; a reporter or volunteer client")
    @APIResponse(
            responseCode = "409",
            description = "The email is already registered (case-insensitive), or the Idempotency-Key is in use")
    @APIResponse(
            responseCode = "422",
            description = "The home organization is unknown, or the Idempotency-Key was used for another request")
    public Response register(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull VolunteerProfile body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/volunteers", body, () -> {
            Volunteer created = volunteers.register(access.records(), body);
            return ETags.created(
                    URI.create("/api/v1/volunteers/" + created.id), VolunteerView.of(created), created.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getVolunteer",
            summary = "Read a volunteer",
            description = "The ETag is the volunteer's version; send it back in If-Match to update. "
                    + "Network staff read every volunteer, a partner its nominees, a volunteer client itself.")
    @APIResponse(
            responseCode = "200",
            description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        Volunteer volunteer = volunteers.get(access.records(), id);
        return ETags.ok(VolunteerView.of(volunteer), volunteer.version);
    }

    @GET
    @Operation(
            operationId = "listVolunteers",
            summary = "List volunteers",
            description =
                    "Filters combine with AND. deploymentCountry and programme match volunteers "
                            + "with a deployment (not cancelled) there or in it; availableFrom and availableTo (both or neither) match volunteers with one "
                            + "availability window covering the whole period. Sort by name, createdAt or updatedAt (default), - in front for "
                            + "descending; ties broken by id. A partner sees its nominees only, a volunteer client itself only.")
    @APIResponse(responseCode = "200", description = "One page of volunteers with the total")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    public Page<VolunteerView> list(
            @Parameter(description = "ISO 3166-1 alpha-2", example = "KE") @QueryParam("nationality")
                    String nationality,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "NP") @QueryParam("deploymentCountry")
                    String deploymentCountry,
            @Parameter(description = "A skill code", example = "community-health") @QueryParam("skill") String skill,
            @Parameter(description = "ISO 639-1", example = "fr") @QueryParam("language") String language,
            @Parameter(schema = @Schema(implementation = VolunteerStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Programme.class)) @QueryParam("programme") String programme,
            @Parameter(example = "2027-01-01") @QueryParam("availableFrom") String availableFrom,
            @Parameter(example = "2027-06-30") @QueryParam("availableTo") String availableTo,
            @Parameter(description = "ISO-8601 instant", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(example = "-updatedAt") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AccessScope scope = access.records();
        LocalDate from = QueryParameters.date("availableFrom", availableFrom);
        LocalDate to = QueryParameters.date("availableTo", availableTo);
        if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
            throw ApiProblem.invalidField(
                    "availableTo", "availableFrom and availableTo come together, availableTo not before availableFrom");
        }
        VolunteerFilter filter = new VolunteerFilter(
                QueryParameters.country("nationality", nationality),
                QueryParameters.country("deploymentCountry", deploymentCountry),
                skill,
                CodeParameters.language("language", language),
                QueryParameters.oneOf("status", status, VolunteerStatus.class),
                QueryParameters.oneOf("programme", programme, Programme.class),
                from,
                to,
                QueryParameters.instant("updatedSince", updatedSince));
        Sort order = SortParameter.parse(sort, VolunteerStore.SORTABLE, "updatedAt");
        Sort.Column column = order.getColumns().get(0);
        VolunteerStore.Order sqlOrder =
                new VolunteerStore.Order(column.getName(), column.getDirection() == Sort.Direction.Descending);
        return new Page<>(
                queries.page(scope, filter, sqlOrder, page, size).stream()
                        .map(VolunteerView::of)
                        .toList(),
                page,
                size,
                queries.count(scope, filter));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updateVolunteer",
            summary = "Change a volunteer's profile",
            description =
                    "JSON Merge Patch (RFC 7396) of the VolunteerProfile: members replace, null removes, lists are replaced whole. "
                            + "The patched profile obeys the rules of a new one. Publishes VolunteerUpdated when something changed. "
                            + "Network staff change every volunteer, a partner its nominees, a volunteer client itself; only staff change "
                            + "homeOrganizationId.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = VolunteerProfile.class),
                            example = "{\"residence\": \"TH\", \"skills\": [\"education\", \"ict\"]}"))
    @APIResponse(
            responseCode = "200",
            description = "The volunteer after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "The patched profile is not valid; errors name the fields")
    @APIResponse(
            responseCode = "403",
            description = "A partner or volunteer client changing the home organization; a reporter")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    @APIResponse(responseCode = "409", description = "The new email is taken, or the volunteer was erased")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The home organization is unknown")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Volunteer volunteer = volunteers.patch(access.records(), id, ifMatch, patch);
        return ETags.ok(VolunteerView.of(volunteer), volunteer.version);
    }
}
