package org.southsouth.events.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Sdgs;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path("/api/v1/knowledge-products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Knowledge products",
        description = "Good practices, research, manuals and guidance, with review and versions")
public class KnowledgeProductResource {

    @Inject
    KnowledgeProductService products;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ValidBodies bodies;

    @POST
    @Operation(
            operationId = "createKnowledgeProduct",
            summary = "Draft a knowledge product",
            description = "Creates version 1 in DRAFT and publishes KnowledgeProductDrafted.")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location names the product",
            content = @Content(schema = @Schema(implementation = KnowledgeView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(responseCode = "403", description = "Neither network staff nor a partner among the lead organizations")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(
            responseCode = "422",
            description =
                    "A lead organization is unknown to the network, or the Idempotency-Key was used for another request")
    public Response draft(
            @Valid @NotNull KnowledgeFields body, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/knowledge-products", body, () -> {
            KnowledgeProduct created = products.draft(body.toContent());
            return ETags.created(
                    URI.create("/api/v1/knowledge-products/" + created.id()),
                    KnowledgeView.of(created),
                    created.version());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getKnowledgeProduct",
            summary = "Read a knowledge product",
            description = "The current version; the ETag header carries its number.")
    @APIResponse(
            responseCode = "200",
            description = "The product",
            content = @Content(schema = @Schema(implementation = KnowledgeView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No product with this id, or one not yet published of other organizations")
    public Response get(@PathParam("id") UUID id) {
        return tagged(products.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateKnowledgeProduct",
            summary = "Change a knowledge product",
            description = "JSON Merge Patch (RFC 7396) of its fields; makes a new "
                    + "version and keeps the previous one. Publishes KnowledgeProductUpdated.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the product changed since")
    @APIResponse(
            responseCode = "200",
            description = "The new version",
            content = @Content(schema = @Schema(implementation = KnowledgeView.class)))
    @APIResponse(responseCode = "400", description = "The patch or the patched product is not valid")
    @APIResponse(
            responseCode = "403",
            description = "Neither network staff nor a lead organization's partner (who must stay a lead)")
    @APIResponse(
            responseCode = "404",
            description = "No product with this id, or one not yet published of other organizations")
    @APIResponse(responseCode = "409", description = "The product is archived")
    @APIResponse(responseCode = "422", description = "A lead organization is unknown to the network")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response patch(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Schema(implementation = KnowledgeFields.class) JsonNode patch) {
        return tagged(products.update(
                id,
                ifMatch,
                current -> bodies.patched(KnowledgeFields.of(current), patch, KnowledgeFields.class)
                        .toContent()));
    }

    @POST
    @Path("/{id}/review-status")
    @Operation(
            operationId = "changeKnowledgeProductReviewStatus",
            summary = "Move a product through review",
            description = "DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; "
                    + "IN_REVIEW → DRAFT sends it back. A move to the status the product has changes nothing and answers 200. Publishes "
                    + "KnowledgeProductPublished on publication, else KnowledgeProductUpdated. Retries with the same Idempotency-Key return "
                    + "the first response.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the product changed since")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "200",
            description = "The product in its new status",
            content = @Content(schema = @Schema(implementation = KnowledgeView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "403", description = "Not network staff: only admins and coordinators review")
    @APIResponse(
            responseCode = "404",
            description = "No product with this id, or one not yet published of other organizations")
    @APIResponse(
            responseCode = "409",
            description =
                    "Transition not allowed from the current status, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeReviewStatus(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ReviewStatusChange body) {
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/knowledge-products/" + id + "/review-status",
                body,
                () -> tagged(products.changeReviewStatus(id, ifMatch, body.reviewStatus())));
    }

    @PUT
    @Path("/{id}/review-status")
    @Operation(
            operationId = "changeKnowledgeProductReviewStatusByPut",
            deprecated = true,
            summary = "Move a product through review (deprecated)",
            description =
                    "The earlier form of changeKnowledgeProductReviewStatus, kept working with the same body and answers: use "
                            + "POST, like every status move of the network.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the product changed since")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "200",
            description = "The product in its new status",
            content = @Content(schema = @Schema(implementation = KnowledgeView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "403", description = "Not network staff: only admins and coordinators review")
    @APIResponse(
            responseCode = "404",
            description = "No product with this id, or one not yet published of other organizations")
    @APIResponse(
            responseCode = "409",
            description =
                    "Transition not allowed from the current status, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeReviewStatusByPut(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ReviewStatusChange body) {
        return changeReviewStatus(id, ifMatch, idempotencyKey, body);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(
            operationId = "listKnowledgeProductVersions",
            summary = "List a product's versions",
            description = "Every version, oldest first, ending with the current one; "
                    + "versions before publication only for network staff and the lead organizations' partners.")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KnowledgeView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No product with this id, or one not yet published of other organizations")
    public List<KnowledgeView> versions(@PathParam("id") UUID id) {
        return products.versions(id).stream().map(KnowledgeView::of).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(
            operationId = "getKnowledgeProductVersion",
            summary = "Read one version of a product",
            description = "As it was in that version.")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content = @Content(schema = @Schema(implementation = KnowledgeView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product or version, or one not published that the caller may not see")
    public Response version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return tagged(products.version(id, version));
    }

    @GET
    @Operation(
            operationId = "listKnowledgeProducts",
            summary = "Search knowledge products",
            description =
                    "q matches words in any language: every word of q must "
                            + "begin a word of the title or texts; Chinese and other unspaced scripts match by characters. Other filters combine "
                            + "with AND. Drafts and products in review are found only by network staff and the lead organizations' partners. sort: -updatedAt (default), title, year, createdAt, updatedAt, country; ties by id.")
    @APIResponse(responseCode = "200", description = "One page of products")
    @APIResponse(responseCode = "400", description = "A filter, the sort or the paging is out of range")
    public Page<KnowledgeView> list(
            @QueryParam("q") @Size(max = 200) @Parameter(example = "志愿服务") String q,
            @QueryParam("kind") @Schema(implementation = KnowledgeKind.class) String kind,
            @QueryParam("type") @Size(max = 100) String type,
            @QueryParam("sdg") @Min(1) @Max(Sdgs.GOALS) Integer sdg,
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                    String country,
            @QueryParam("region") @Schema(implementation = Region.class) String region,
            @QueryParam("year") @Min(1950) @Max(2100) Integer year,
            @QueryParam("reviewStatus") @Schema(implementation = ReviewStatus.class) String reviewStatus,
            @QueryParam("leadOrganizationId") @Schema(format = "uuid") String leadOrganizationId,
            @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code")
                    String language,
            @QueryParam("updatedSince") @Parameter(description = "Changed at or after (ISO-8601)") String updatedSince,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        KnowledgeFilter filter = new KnowledgeFilter(
                q == null ? List.of() : SearchKeywords.queryTerms(q),
                QueryParameters.oneOf("kind", kind, KnowledgeKind.class),
                type,
                sdg,
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, Region.class),
                year,
                QueryParameters.oneOf("reviewStatus", reviewStatus, ReviewStatus.class),
                QueryParameters.uuid("leadOrganizationId", leadOrganizationId),
                language,
                QueryParameters.instant("updatedSince", updatedSince));
        return new Page<>(
                products.page(filter, sort, page, size).stream()
                        .map(KnowledgeView::of)
                        .toList(),
                page,
                size,
                products.count(filter));
    }

    private static Response tagged(KnowledgeProduct product) {
        return ETags.ok(KnowledgeView.of(product), product.version());
    }
}
