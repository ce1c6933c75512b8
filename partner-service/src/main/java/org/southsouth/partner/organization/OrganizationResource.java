package org.southsouth.partner.organization;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Members and prospective members of the network")
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationStore store;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Operation(
            operationId = "createOrganization",
            summary = "Register an organization",
            description = "Registers an organization as a PROSPECT "
                    + "(or directly ACTIVE, e.g. when importing members) and publishes OrganizationRegistered. Region and "
                    + "M49 sub-region are derived from the country. With an Idempotency-Key a retry returns the first response. "
                    + "Network staff only.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = OrganizationFields.class),
                            examples =
                                    @ExampleObject(
                                            name = "VIO",
                                            value =
                                                    "{\"name\": \"Nepal Youth Volunteers\", \"nameTranslations\": "
                                                            + "{\"zh\": \"尼泊尔青年志愿者\", \"ne\": \"नेपाल युवा स्वयंसेवक\"}, \"acronym\": \"NYV\", \"type\": \"22\", "
                                                            + "\"country\": \"NP\", \"sdgs\": [4, 17], \"website\": \"https://nyv.example.org\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the new organization",
            headers = @Header(name = "ETag", description = "Revision of the organization"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, unknown field, wrong type or invalid value; field errors name each")
    @APIResponse(responseCode = "403", description = "Only network admins and coordinators register organizations")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response register(
            @Parameter(description = "Makes retries safe: the same key and body within 24 h returns the first response")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            OrganizationFields body) {
        // Authorized before a stored response could be replayed to this caller.
        organizations.requireMayRegister();
        return idempotent.run(idempotencyKey, "POST /api/v1/organizations", body, () -> {
            Organization created = organizations.register(body);
            return ETags.created(
                    URI.create("/api/v1/organizations/" + created.id),
                    OrganizationView.of(created),
                    created.revision());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getOrganization",
            summary = "Read an organization",
            description = "The organization without its contacts; the ETag is its revision.")
    @APIResponse(
            responseCode = "200",
            description = "The organization",
            headers = @Header(name = "ETag", description = "Revision; send it in If-Match to update"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No organization with this id")
    public Response get(@PathParam("id") UUID id) {
        return tagged(organizations.get(id));
    }

    @GET
    @Operation(
            operationId = "listOrganizations",
            summary = "List organizations",
            description = "Filters combine with AND. `q` matches a substring "
                    + "of the name, acronym or any translation, in any script, ignoring case. Default order: updatedAt, "
                    + "then id (stable for paging and for incremental sync with updatedSince).")
    @APIResponse(responseCode = "200", description = "One page of organizations and the total matching")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public Page<OrganizationView> list(
            @Parameter(description = "ISO 3166-1 alpha-2", example = "NP") @QueryParam("country") String country,
            @Parameter(description = "UNDP regional grouping", schema = @Schema(implementation = UndpRegion.class))
                    @QueryParam("region")
                    String region,
            @Parameter(description = "UN M49 sub-region", example = "Southern Asia") @QueryParam("subregion")
                    String subregion,
            @Parameter(description = "IATI OrganisationType code", example = "22") @QueryParam("type") String type,
            @Parameter(description = "SDG goal in the organization's focus (1–17)", example = "4") @QueryParam("sdg")
                    String sdg,
            @Parameter(schema = @Schema(implementation = OrganizationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only hubs (true) or only non-hubs (false)") @QueryParam("hub") String hub,
            @Parameter(description = "Words in the name, acronym or translations", example = "志愿") @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Only organizations changed at or after this instant",
                            example = "2024-01-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(
                            description =
                                    "Comma-separated fields, - for descending: name, acronym, country, type, status, "
                                            + "joinedNetworkOn, createdAt, updatedAt",
                            example = "-joinedNetworkOn,name")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)", example = "50") @QueryParam("size")
                    String size) {
        OrganizationFilter filter = new OrganizationFilter(
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class),
                blankToNull(subregion),
                blankToNull(type),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.oneOf("status", status, OrganizationStatus.class),
                QueryParameters.bool("hub", hub),
                q,
                QueryParameters.instant("updatedSince", updatedSince));
        Page<Organization> found = store.list(filter, sort, QueryParameters.page(page), QueryParameters.size(size));
        return new Page<>(
                found.items().stream().map(OrganizationView::of).toList(), found.page(), found.size(), found.total());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updateOrganization",
            summary = "Update an organization",
            description = "JSON Merge Patch (RFC 7396): send only what "
                    + "changes, null removes an optional field, nameTranslations merge by language tag. A status change "
                    + "follows the life cycle (PROSPECT → ACTIVE | INACTIVE, ACTIVE → INACTIVE, INACTIVE → ACTIVE). "
                    + "Publishes OrganizationUpdated (OrganizationDeactivated when it becomes INACTIVE); a patch that "
                    + "changes nothing publishes nothing. If-Match is optional; when sent it must name the current revision. "
                    + "Network staff change everything; a partner changes its own organization's profile but not what the "
                    + "network governs: hub, status, joinedNetworkOn.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = OrganizationFields.class),
                            examples =
                                    @ExampleObject(
                                            name = "join and add a translation",
                                            value =
                                                    "{\"status\": \"ACTIVE\", \"nameTranslations\": {\"fr\": \"Volontaires de la jeunesse népalaise\"}}")))
    @APIResponse(
            responseCode = "200",
            description = "The updated organization",
            headers = @Header(name = "ETag", description = "The new revision"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, unknown field, wrong type or invalid value")
    @APIResponse(
            responseCode = "403",
            description =
                    "The caller is neither network staff nor this organization, or a partner tried to change hub, status or joinedNetworkOn (field errors name them); nothing changed")
    @APIResponse(responseCode = "404", description = "No organization with this id")
    @APIResponse(
            responseCode = "409",
            description = "Status change not allowed, or a concurrent change without If-Match")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "ETag of the revision the change is based on",
                            example = "\"3\"",
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            JsonNode patch) {
        return tagged(organizations.update(id, ifMatch, patch));
    }

    @POST
    @Path("/{id}/status")
    @Operation(
            operationId = "changeOrganizationStatus",
            summary = "Move an organization to another status",
            description = "PROSPECT → ACTIVE | INACTIVE, ACTIVE → INACTIVE, INACTIVE → ACTIVE; the day of the step is "
                    + "recorded (statusChangedOn, and joinedNetworkOn when it first becomes ACTIVE). The step it last "
                    + "took, repeated with the same day, changes nothing and answers 200. Publishes OrganizationUpdated, "
                    + "or OrganizationDeactivated when it becomes INACTIVE. Network staff only.")
    @APIResponse(
            responseCode = "200",
            description = "The organization after the step",
            headers = @Header(name = "ETag", description = "The new revision"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown status, or a day in the future")
    @APIResponse(responseCode = "403", description = "Only network admins and coordinators change the status")
    @APIResponse(responseCode = "404", description = "No organization with this id")
    @APIResponse(
            responseCode = "409",
            description = "The life cycle does not allow this step from the current status, or a request with "
                    + "this Idempotency-Key is still running; nothing changed")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "ETag of the revision the change is based on",
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Parameter(description = "Makes retries safe (24 h): a retried move answers the first result")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            OrganizationStatusChange change) {
        // Authorized before a stored response could be replayed to this caller.
        organizations.requireMayChangeStatus();
        return idempotent.run(
                idempotencyKey,
                "POST /api/v1/organizations/" + id + "/status",
                change,
                () -> tagged(organizations.changeStatus(id, ifMatch, change)));
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "deactivateOrganization",
            deprecated = true,
            summary = "Deactivate an organization (deprecated)",
            description = "The earlier form of changeOrganizationStatus to INACTIVE on the day of the request: use "
                    + "POST /{id}/status, like every status move of the network. From PROSPECT or ACTIVE; an "
                    + "organization already INACTIVE is answered as it is (200, nothing changed). Publishes "
                    + "OrganizationDeactivated. Its partnerships are kept as records. Network staff only.")
    @APIResponse(
            responseCode = "200",
            description = "The deactivated organization",
            headers = @Header(name = "ETag", description = "The new revision"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No organization with this id")
    @APIResponse(responseCode = "403", description = "Only network admins and coordinators deactivate organizations")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    public Response deactivate(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "ETag of the revision the change is based on",
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return tagged(organizations.deactivate(id, ifMatch));
    }

    private static Response tagged(Organization organization) {
        return ETags.ok(OrganizationView.of(organization), organization.revision());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
