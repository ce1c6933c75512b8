package org.southsouth.volunteer.hours;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ETags;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.Period;
import org.southsouth.volunteer.rest.SortParameter;

@Path("/api/v1/service-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service hours", description = "Hours volunteers served, verified by coordinators, and their totals")
public class ServiceHoursResource {

    private static final Map<String, String> SORTABLE =
            Map.of("date", "servedOn", "updatedAt", "updatedAt", "hours", "hours");

    @Inject
    ServiceHoursService service;

    @Inject
    HoursStore queries;

    @Inject
    HoursTotals totals;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CallerAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createServiceHours",
            summary = "Log service hours",
            description = "Logs hours for one day (unverified) and publishes ServiceHoursLogged. "
                    + "A volunteer's entries for one day add up to at most 24 hours. Network staff, the volunteer's home organization "
                    + "(partner) and the volunteer itself.")
    @APIResponse(
            responseCode = "201",
            description = "Logged",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid (hours not in (0, 24], date in the future…)")
    @APIResponse(
            responseCode = "403",
            description = "The caller may not log hours for this volunteer (whether it exists or not); a reporter")
    @APIResponse(
            responseCode = "422",
            description =
                    "Unknown or erased volunteer, deployment not the volunteer's or not started, day over 24 hours")
    public Response log(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull HoursEntry body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/service-hours", body, () -> {
            ServiceHours logged = service.log(access.records(), body);
            return ETags.created(
                    URI.create("/api/v1/service-hours/" + logged.id), ServiceHoursView.of(logged), logged.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getServiceHours",
            summary = "Read service hours",
            description = "Network staff, the volunteer's home organization (partner) and the " + "volunteer itself.")
    @APIResponse(
            responseCode = "200",
            description = "The entry; ETag is its version",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No entry with this id that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        ServiceHours hours = service.get(access.records(), id);
        return ETags.ok(ServiceHoursView.of(hours), hours.version);
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyServiceHours",
            summary = "Verify service hours",
            description = "Network staff (a coordinator or admin) confirm the entry; publishes ServiceHoursVerified. "
                    + "The verification repeated (no verifiedBy, or the one recorded) changes nothing and answers 200.")
    @APIResponse(
            responseCode = "200",
            description = "Verified",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(responseCode = "403", description = "Not network staff")
    @APIResponse(responseCode = "404", description = "No entry with this id")
    @APIResponse(
            responseCode = "409",
            description = "Already verified by someone else, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response verify(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IdempotentRequests.HEADER,
                            description = "Makes retries safe (24 h): a retried verification answers the first result")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid Verification body) {
        // Authorized before a stored response could be replayed to this caller.
        access.requireStaff("verify service hours");
        String verifiedBy = body == null ? null : body.verifiedBy();
        return idempotentRequests.run(
                idempotencyKey, "POST /api/v1/service-hours/" + id + "/verification", body, () -> {
                    ServiceHours hours = service.verify(id, ifMatch, verifiedBy);
                    return ETags.ok(ServiceHoursView.of(hours), hours.version);
                });
    }

    @GET
    @Operation(
            operationId = "listServiceHours",
            summary = "List service hours",
            description = "Filters combine with AND; sort by date (default), updatedAt or hours, "
                    + "- in front for descending; ties broken by id. Network staff list all; a partner its nominees' hours; a volunteer "
                    + "client its own.")
    @APIResponse(responseCode = "200", description = "One page of entries with the total")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    @APIResponse(responseCode = "403", description = "A reporter (figures only: use totals)")
    public Page<ServiceHoursView> list(
            @QueryParam("volunteerId") String volunteerId,
            @QueryParam("organizationId") String organizationId,
            @QueryParam("deploymentId") String deploymentId,
            @QueryParam("eventId") String eventId,
            @QueryParam("verified") String verified,
            @Parameter(description = "First day, included", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, included", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "ISO-8601 instant", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
                    String updatedSince,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Sort order = SortParameter.parse(sort, SORTABLE, "date");
        HoursFilter filter = new HoursFilter(
                QueryParameters.uuid("volunteerId", volunteerId),
                QueryParameters.uuid("organizationId", organizationId),
                QueryParameters.uuid("deploymentId", deploymentId),
                QueryParameters.uuid("eventId", eventId),
                QueryParameters.bool("verified", verified),
                QueryParameters.date("from", from),
                QueryParameters.date("to", to),
                QueryParameters.instant("updatedSince", updatedSince));
        var query = queries.find(access.records(), filter, order);
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                        .map(ServiceHoursView::of)
                        .toList(),
                page,
                size,
                query.count());
    }

    @GET
    @Path("/totals")
    @Operation(
            operationId = "getServiceHoursTotals",
            summary = "Totals of service hours",
            description = "Sums all and verified hours per volunteer, organization, SDG, "
                    + "month or year, optionally within one volunteer, one organization, a period (from/to: days served, both included), "
                    + "an SDG (entries tagged with it), a country or UNDP region (entries logged on a deployment there). An entry with "
                    + "several SDGs counts towards each. Groups come in key order. Network staff and reporters total all hours; a partner its nominees' "
                    + "hours only; a volunteer client its own.")
    @APIResponse(responseCode = "200", description = "One page of totals; total is the number of groups")
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public Page<HoursTotals.Total> totals(
            @Parameter(description = "VOLUNTEER, ORGANIZATION, SDG, MONTH or YEAR", required = true, example = "SDG")
                    @QueryParam("groupBy")
                    String groupBy,
            @QueryParam("volunteerId") String volunteerId,
            @QueryParam("organizationId") String organizationId,
            @Parameter(description = "First day, included", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, included", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "SDG goal number, 1 to 17", example = "3") @QueryParam("sdg") String sdg,
            @Parameter(description = "ISO 3166-1 alpha-2 deployment country", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(
                            description = "UNDP region of the deployment country",
                            schema = @Schema(implementation = UndpRegion.class))
                    @QueryParam("region")
                    String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        HoursTotals.GroupBy grouping = QueryParameters.oneOf("groupBy", groupBy, HoursTotals.GroupBy.class);
        if (grouping == null) {
            throw ApiProblem.invalidField("groupBy", "is required: VOLUNTEER, ORGANIZATION, SDG, MONTH or YEAR");
        }
        Period period = Period.of(from, to);
        HoursTotalsFilter filter = new HoursTotalsFilter(
                QueryParameters.uuid("volunteerId", volunteerId),
                QueryParameters.uuid("organizationId", organizationId),
                period.from(),
                period.to(),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class));
        AccessScope scope = access.reporting();
        return new Page<>(
                totals.totals(scope, grouping, filter, page, size), page, size, totals.groups(scope, grouping, filter));
    }
}
