package org.southsouth.volunteer.application;

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
import org.southsouth.rest.ETags;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.SortParameter;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Applications",
        description = "Volunteers applying, or nominated, for opportunities; selection becomes a deployment")
public class ApplicationResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationStore queries;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CallerAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createApplication",
            summary = "Apply for an opportunity",
            description =
                    "A volunteer client applies for itself; a partner nominates one of its nominees; staff for anyone. The "
                            + "opportunity must be OPEN and its deadline not passed (UTC; staff may still add one after it); the volunteer ACTIVE and "
                            + "without another live (SUBMITTED, SHORTLISTED, OFFERED or ACCEPTED) application to it. Publishes ApplicationSubmitted.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted; Location names the application, ETag its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid; errors name the fields")
    @APIResponse(
            responseCode = "403",
            description =
                    "A volunteer other than the caller, or not a nominee of the partner (whether it exists or not); a reporter")
    @APIResponse(responseCode = "404", description = "No opportunity with this id that the caller may see")
    @APIResponse(
            responseCode = "409",
            description =
                    "The opportunity is not OPEN, the volunteer already has a live application to it, or the Idempotency-Key is in use")
    @APIResponse(
            responseCode = "422",
            description = "The deadline has passed, or the volunteer is unknown or not ACTIVE")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewApplication body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/applications", body, () -> {
            Application created = applications.submit(access.records(), body);
            return ETags.created(
                    URI.create("/api/v1/applications/" + created.id), ApplicationView.of(created), created.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getApplication",
            summary = "Read an application",
            description =
                    "Staff read all; a volunteer client its own; a partner its nominees' and those to the opportunities its "
                            + "organization hosts.")
    @APIResponse(
            responseCode = "200",
            description = "The application; ETag is its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No application with this id that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        Application application = applications.get(access.records(), id);
        return ETags.ok(ApplicationView.of(application), application.version);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeApplicationStatus",
            summary = "Move an application along its lifecycle",
            description =
                    "SUBMITTED → SHORTLISTED | OFFERED; SHORTLISTED → OFFERED; OFFERED → ACCEPTED | DECLINED; REJECTED and WITHDRAWN from "
                            + "any of SUBMITTED, SHORTLISTED, OFFERED. The host organization (or staff) shortlists, offers and rejects; the volunteer, "
                            + "its home organization (or staff) accepts, declines and withdraws. ACCEPTED plans the deployment (PLANNED; sender the "
                            + "opportunity's sending organization, else the volunteer's home organization; start plannedStart or the start window's "
                            + "first day; the shortest duration, which EXTENDED lengthens) in the same transaction and takes a position: positions are never over-filled, and "
                            + "the last one makes the opportunity FILLED and rejects the pending applications. Each step is dated with the client "
                            + "that took it; repeating the current status changes nothing. Publishes ApplicationStatusChanged.")
    @APIResponse(
            responseCode = "200",
            description = "The application after the change",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid, or plannedStart outside the start window")
    @APIResponse(
            responseCode = "403",
            description = "The caller sees the application but may not make this move; a reporter")
    @APIResponse(responseCode = "404", description = "No application with this id that the caller may see")
    @APIResponse(
            responseCode = "409",
            description =
                    "The move is not allowed from the current status, selection is over, every position is "
                            + "filled, the deployment would overlap another of the volunteer, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(
            responseCode = "422",
            description =
                    "Accepting while the host or the volunteer is not ACTIVE, or the Idempotency-Key was used for another request")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IdempotentRequests.HEADER,
                            description = "Makes retries safe (24 h): a retried move answers the first result")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull ApplicationStatusChange body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/applications/" + id + "/status", body, () -> {
            Application application = applications.changeStatus(access.records(), id, ifMatch, body);
            return ETags.ok(ApplicationView.of(application), application.version);
        });
    }

    @GET
    @Operation(
            operationId = "listApplications",
            summary = "List applications",
            description =
                    "Filters combine with AND. Sort by createdAt (default) or updatedAt, - in front for descending; ties broken by id. "
                            + "Staff list all; a volunteer client its own; a partner its nominees' and those to the opportunities its organization hosts.")
    @APIResponse(responseCode = "200", description = "One page of applications with the total")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    public Page<ApplicationView> list(
            @QueryParam("opportunityId") String opportunityId,
            @QueryParam("volunteerId") String volunteerId,
            @Parameter(schema = @Schema(implementation = ApplicationStatus.class)) @QueryParam("status") String status,
            @Parameter(
                            description = "ISO-8601 instant: only applications changed since then",
                            example = "2026-01-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(example = "-updatedAt") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AccessScope scope = access.records();
        ApplicationFilter filter = new ApplicationFilter(
                QueryParameters.uuid("opportunityId", opportunityId),
                QueryParameters.uuid("volunteerId", volunteerId),
                QueryParameters.oneOf("status", status, ApplicationStatus.class),
                QueryParameters.instant("updatedSince", updatedSince));
        Sort order = SortParameter.parse(sort, SORTABLE, "createdAt");
        return new Page<>(
                queries.page(scope, filter, order, page, size).stream()
                        .map(ApplicationView::of)
                        .toList(),
                page,
                size,
                queries.find(scope, filter, order).count());
    }
}
