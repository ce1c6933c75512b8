package org.southsouth.volunteer.opportunity;

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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.rest.json.StorableText;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.rest.CodeParameters;
import org.southsouth.volunteer.rest.SortParameter;

@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Assignments host organizations ask volunteers for")
public class OpportunityResource {

    @Inject
    OpportunityService opportunities;

    @Inject
    OpportunityStore queries;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CallerAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createOpportunity",
            summary = "Draft an opportunity",
            description =
                    "Creates a DRAFT (seen by its host and sending organization and by staff only) and publishes OpportunityDrafted. "
                            + "The host must be ACTIVE in the replica of partner-service's organizations. Network staff, or a partner for its "
                            + "own organization as host (the default).")
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location names the opportunity, ETag its version",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid; errors name the fields")
    @APIResponse(responseCode = "403", description = "A partner naming another host; a reporter or volunteer client")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key is in use with another body")
    @APIResponse(responseCode = "422", description = "Host unknown or not ACTIVE, or sending organization unknown")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull OpportunityFields body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/opportunities", body, () -> {
            Opportunity created = opportunities.create(access.records(), body);
            return ETags.created(
                    URI.create("/api/v1/opportunities/" + created.id), OpportunityView.of(created), created.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getOpportunity",
            summary = "Read an opportunity",
            description =
                    "Every caller reads published opportunities; a DRAFT only staff and its host and sending organization.")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity; ETag is its version",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No opportunity with this id that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        Opportunity opportunity = opportunities.get(access.reporting(), id);
        return ETags.ok(OpportunityView.of(opportunity), opportunity.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updateOpportunity",
            summary = "Change a DRAFT or OPEN opportunity",
            description =
                    "JSON Merge Patch of the OpportunityFields; the whole document is checked again and positions cannot fall below "
                            + "those filled. Publishes OpportunityUpdated. Network staff and the host organization, which cannot hand it to "
                            + "another host.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = OpportunityFields.class),
                            example =
                                    "{\"positions\": 3, \"titleTranslations\": {\"ne\": \"सामुदायिक स्वास्थ्य स्वयंसेवक\"}}"))
    @APIResponse(
            responseCode = "200",
            description = "The opportunity after the change",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "The patched document is not valid")
    @APIResponse(
            responseCode = "403",
            description = "The caller sees the opportunity but is not staff or its host, or changes the host")
    @APIResponse(responseCode = "404", description = "No opportunity with this id that the caller may see")
    @APIResponse(responseCode = "409", description = "Not DRAFT or OPEN any more, or fewer positions than filled")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The host is not ACTIVE, or the sending organization is unknown")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Opportunity opportunity = opportunities.patch(access.records(), id, ifMatch, patch);
        return ETags.ok(OpportunityView.of(opportunity), opportunity.version);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeOpportunityStatus",
            summary = "Move an opportunity along its lifecycle",
            description =
                    "DRAFT → OPEN (publishes OpportunityPublished; host still ACTIVE, deadline not passed) | CANCELLED; OPEN → CLOSED "
                            + "(no more applications) | FILLED | CANCELLED; CLOSED → FILLED | CANCELLED. FILLED needs at least one accepted offer and "
                            + "is taken by the service itself when the last position is filled. FILLED and CANCELLED reject the applications still "
                            + "pending, with the reason. Each step is dated with the client that took it; repeating the current status changes "
                            + "nothing. Publishes OpportunityStatusChanged. Network staff and the host organization.")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity after the change",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(responseCode = "403", description = "The caller sees the opportunity but is not staff or its host")
    @APIResponse(responseCode = "404", description = "No opportunity with this id that the caller may see")
    @APIResponse(
            responseCode = "409",
            description =
                    "The move is not allowed from the current status, or FILLED without an accepted offer, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(
            responseCode = "422",
            description =
                    "Publishing while the host is not ACTIVE or after the deadline, or the Idempotency-Key was used for another request")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IdempotentRequests.HEADER,
                            description = "Makes retries safe (24 h): a retried move answers the first result")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull OpportunityStatusChange body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/opportunities/" + id + "/status", body, () -> {
            Opportunity opportunity = opportunities.changeStatus(access.records(), id, ifMatch, body);
            return ETags.ok(OpportunityView.of(opportunity), opportunity.version);
        });
    }

    @GET
    @Operation(
            operationId = "listOpportunities",
            summary = "List opportunities",
            description =
                    "Filters combine with AND. startAfter/startBefore keep opportunities whose start window overlaps them; openOnly "
                            + "keeps OPEN ones whose deadline has not passed (UTC); q keeps those with every word (any language, Chinese "
                            + "included) in the title, the description or a translation of either. Sort by startFrom (default), "
                            + "applicationDeadline, createdAt, updatedAt or title, - in front for descending; ties broken by id. Every caller "
                            + "lists published opportunities; DRAFTs only staff and their host and sending organizations.")
    @APIResponse(responseCode = "200", description = "One page of opportunities with the total")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public Page<OpportunityView> list(
            @Parameter(description = "ISO 3166-1 alpha-2 country of service", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(
                            description = "UNDP region of the country of service",
                            schema = @Schema(implementation = UndpRegion.class))
                    @QueryParam("region")
                    String region,
            @Parameter(schema = @Schema(implementation = Programme.class)) @QueryParam("programme") String programme,
            @Parameter(description = "A skill code", example = "community-health") @QueryParam("skill") String skill,
            @Parameter(description = "ISO 639-1", example = "ne") @QueryParam("language") String language,
            @Parameter(description = "SDG goal number", example = "3") @QueryParam("sdg") String sdg,
            @Parameter(description = "Start window ends on or after this day", example = "2027-01-01")
                    @QueryParam("startAfter")
                    String startAfter,
            @Parameter(description = "Start window begins on or before this day", example = "2027-06-30")
                    @QueryParam("startBefore")
                    String startBefore,
            @Parameter(description = "Only OPEN opportunities whose deadline has not passed", example = "true")
                    @QueryParam("openOnly")
                    String openOnly,
            @Parameter(schema = @Schema(implementation = OpportunityStatus.class)) @QueryParam("status") String status,
            @QueryParam("hostOrganizationId") String hostOrganizationId,
            @Parameter(description = "Words, separated by spaces, each to be found", example = "社区 health")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "ISO-8601 instant: only opportunities changed since then",
                            example = "2026-01-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(example = "-applicationDeadline") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AccessScope scope = access.reporting();
        OpportunityFilter filter = new OpportunityFilter(
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class),
                QueryParameters.oneOf("programme", programme, Programme.class),
                text("skill", skill),
                CodeParameters.language("language", language),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.date("startAfter", startAfter),
                QueryParameters.date("startBefore", startBefore),
                Boolean.TRUE.equals(QueryParameters.bool("openOnly", openOnly)),
                QueryParameters.oneOf("status", status, OpportunityStatus.class),
                QueryParameters.uuid("hostOrganizationId", hostOrganizationId),
                words(text("q", q)),
                QueryParameters.instant("updatedSince", updatedSince));
        Sort.Column column = SortParameter.parse(sort, OpportunityStore.SORTABLE, "startFrom")
                .getColumns()
                .get(0);
        OpportunityStore.Order order =
                new OpportunityStore.Order(column.getName(), column.getDirection() == Sort.Direction.Descending);
        return new Page<>(
                queries.page(scope, filter, order, page, size).stream()
                        .map(OpportunityView::of)
                        .toList(),
                page,
                size,
                queries.count(scope, filter));
    }

    /** Free text the store can compare, or null when absent. */
    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!StorableText.isStorable(value)) {
            throw ApiProblem.invalidField(name, StorableText.RULE);
        }
        return value.strip();
    }

    private static List<String> words(String q) {
        return q == null
                ? List.of()
                : Arrays.stream(q.strip().split("\\s+"))
                        .filter(word -> !word.isEmpty())
                        .distinct()
                        .limit(10)
                        .toList();
    }
}
