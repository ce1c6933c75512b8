package org.southsouth.volunteer.deployment;

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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.SortParameter;

@Path("/api/v1/deployments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deployments", description = "Volunteers serving abroad with host organizations")
public class DeploymentResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "plannedStart", "plannedStart", "updatedAt", "updatedAt", "createdAt", "createdAt", "country", "country");

    @Inject
    DeploymentService deployments;

    @Inject
    DeploymentStore queries;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CallerAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createDeployment",
            summary = "Plan a deployment",
            description =
                    "Plans a deployment (PLANNED) and publishes DeploymentPlanned. The host must be ACTIVE in the replica of "
                            + "partner-service's organizations; the volunteer must be ACTIVE and free for the whole period. Network staff, or "
                            + "a partner planning one of its nominees with its own organization as sending organization.")
    @APIResponse(
            responseCode = "201",
            description = "Planned; Location names the deployment",
            content = @Content(schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid (e.g. plannedEnd not 1 to 24 months after plannedStart)")
    @APIResponse(
            responseCode = "403",
            description =
                    "A partner whose organization is not the sender or whose nominee the volunteer is not (whether it exists or not); a reporter or volunteer client")
    @APIResponse(responseCode = "409", description = "The volunteer has an overlapping deployment")
    @APIResponse(
            responseCode = "422",
            description = "Host unknown or not ACTIVE, sender unknown, volunteer unknown or not ACTIVE")
    public Response plan(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull DeploymentPlan body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/deployments", body, () -> {
            Deployment created = deployments.plan(access.records(), body);
            return ETags.created(
                    URI.create("/api/v1/deployments/" + created.id), DeploymentView.of(created), created.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getDeployment",
            summary = "Read a deployment",
            description =
                    "Network staff and reporters read every deployment (it shows no personal "
                            + "data beyond ids); a partner those of its nominees and those its organization sends or hosts; a volunteer client its own.")
    @APIResponse(
            responseCode = "200",
            description = "The deployment; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "404", description = "No deployment with this id that the caller may see")
    public Response get(@PathParam("id") UUID id) {
        Deployment deployment = deployments.get(access.reporting(), id);
        return ETags.ok(DeploymentView.of(deployment), deployment.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updateDeployment",
            summary = "Re-plan a PLANNED deployment",
            description =
                    "JSON Merge Patch of the DeploymentPlan (the volunteer cannot change). The whole plan is checked again; "
                            + "a successful re-plan settles a pending review. Publishes DeploymentUpdated. Network staff and the sending "
                            + "organization's partner, who cannot hand it to another sending organization.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = DeploymentPlan.class),
                            example = "{\"hostOrganizationId\": \"5b8f0c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b\"}"))
    @APIResponse(
            responseCode = "200",
            description = "The deployment after the change",
            content = @Content(schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "400", description = "The patched plan is not valid")
    @APIResponse(
            responseCode = "403",
            description =
                    "The caller sees the deployment but is not staff or its sender, or changes the sending organization; a reporter")
    @APIResponse(responseCode = "404", description = "No deployment with this id that the caller may see")
    @APIResponse(
            responseCode = "409",
            description = "Not PLANNED any more, or the new dates overlap another deployment")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The host is not ACTIVE, or another reference is unknown")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Deployment deployment = deployments.patch(access.records(), id, ifMatch, patch);
        return ETags.ok(DeploymentView.of(deployment), deployment.version);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeDeploymentStatus",
            summary = "Move a deployment along its lifecycle",
            description =
                    "PLANNED → ACTIVE (host still ACTIVE) | CANCELLED; ACTIVE or EXTENDED → EXTENDED (with a later plannedEnd) | "
                            + "COMPLETED | ENDED_EARLY (with endedOn). COMPLETED, ENDED_EARLY and CANCELLED are final. The day of a step is recorded "
                            + "from on (today when absent): arrivedOn for ACTIVE, completedOn for COMPLETED, endedOn for ENDED_EARLY. The move "
                            + "the deployment last made, repeated with the same days, changes nothing and answers 200. Publishes DeploymentUpdated. "
                            + "Network staff and the sending organization's partner; the host organization's partner may only make it ACTIVE "
                            + "(it sees the volunteer arrive).")
    @APIResponse(
            responseCode = "200",
            description = "The deployment after the change",
            content = @Content(schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "400", description = "A date is missing or wrong for this move")
    @APIResponse(
            responseCode = "403",
            description = "The caller sees the deployment but may not make this move; a reporter")
    @APIResponse(responseCode = "404", description = "No deployment with this id that the caller may see")
    @APIResponse(
            responseCode = "409",
            description =
                    "The move is not allowed from the current status, or an extension overlaps, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(
            responseCode = "422",
            description =
                    "Activation while the host is not ACTIVE, or the Idempotency-Key was used for another request")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IdempotentRequests.HEADER,
                            description = "Makes retries safe (24 h): a retried move answers the first result")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull DeploymentStatusChange body) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/deployments/" + id + "/status", body, () -> {
            Deployment deployment = deployments.changeStatus(access.records(), id, ifMatch, body);
            return ETags.ok(DeploymentView.of(deployment), deployment.version);
        });
    }

    @GET
    @Operation(
            operationId = "listDeployments",
            summary = "List deployments",
            description = "Filters combine with AND. Sort by plannedStart (default), updatedAt, "
                    + "createdAt or country, - in front for descending; ties broken by id. Network staff and reporters list all; a partner "
                    + "those of its nominees and those its organization sends or hosts; a volunteer client its own.")
    @APIResponse(responseCode = "200", description = "One page of deployments with the total")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public Page<DeploymentView> list(
            @QueryParam("volunteerId") String volunteerId,
            @QueryParam("hostOrganizationId") String hostOrganizationId,
            @Parameter(description = "ISO 3166-1 alpha-2 country of service", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(schema = @Schema(implementation = Programme.class)) @QueryParam("programme") String programme,
            @Parameter(schema = @Schema(implementation = DeploymentStatus.class)) @QueryParam("status") String status,
            @QueryParam("needsReview") String needsReview,
            @Parameter(
                            description = "ISO-8601 instant: only deployments changed since then",
                            example = "2026-01-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(
                            description =
                                    "plannedStart (default), updatedAt, createdAt or country; - in front for descending",
                            example = "-plannedStart")
                    @QueryParam("sort")
                    String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Sort order = SortParameter.parse(sort, SORTABLE, "plannedStart");
        DeploymentFilter filter = new DeploymentFilter(
                QueryParameters.uuid("volunteerId", volunteerId),
                QueryParameters.uuid("hostOrganizationId", hostOrganizationId),
                QueryParameters.country("country", country),
                QueryParameters.oneOf("programme", programme, Programme.class),
                QueryParameters.oneOf("status", status, DeploymentStatus.class),
                QueryParameters.bool("needsReview", needsReview),
                QueryParameters.instant("updatedSince", updatedSince));
        AccessScope scope = access.reporting();
        return new Page<>(
                queries.page(scope, filter, order, page, size).stream()
                        .map(DeploymentView::of)
                        .toList(),
                page,
                size,
                queries.find(scope, filter, order).count());
    }
}
