package org.southsouth.partner.partnership;

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
import org.southsouth.partner.rest.CodeParameters;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Agreements between organizations of the network")
public class PartnershipResource {

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipStore store;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Operation(
            operationId = "createPartnership",
            summary = "Record a partnership",
            description = "Records a DRAFT agreement between two or more existing "
                    + "organizations and publishes PartnershipRegistered. endsOn must be after startsOn. Network staff record "
                    + "any agreement; a partner only one its own organization is party to.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = PartnershipFields.class),
                            examples =
                                    @ExampleObject(
                                            name = "exchange",
                                            value =
                                                    "{\"title\": \"Beijing–Kathmandu volunteer exchange 2024\", "
                                                            + "\"kind\": \"EXCHANGE_PROGRAMME\", \"parties\": [{\"organizationId\": \"3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60\", "
                                                            + "\"role\": \"FUNDING\"}, {\"organizationId\": \"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\", \"role\": \"IMPLEMENTING\"}], "
                                                            + "\"sdgTargets\": [\"4.7\", \"17.9\"], \"countries\": [\"CN\", \"NP\"], \"startsOn\": \"2024-03-01\", "
                                                            + "\"endsOn\": \"2025-02-28\", \"documents\": [{\"title\": \"MoU\", \"url\": \"https://docs.example.org/mou.pdf\"}]}")))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the partnership",
            headers = @Header(name = "ETag", description = "Revision"),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Malformed JSON, unknown field, invalid SDG target or country, end before start, fewer than 2 organizations")
    @APIResponse(
            responseCode = "403",
            description = "A partner whose organization is not among the parties (field error `parties`)")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still running")
    @APIResponse(
            responseCode = "422",
            description =
                    "A party is not an organization of the network (field errors name it), or an Idempotency-Key reused for another request")
    public Response create(
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            PartnershipFields body) {
        // Authorized before a stored response could be replayed to this caller.
        partnerships.requireMayRecord(body);
        return idempotent.run(idempotencyKey, "POST /api/v1/partnerships", body, () -> {
            Partnership created = partnerships.create(body);
            return ETags.created(
                    URI.create("/api/v1/partnerships/" + created.id), PartnershipView.of(created), created.revision());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartnership",
            summary = "Read a partnership",
            description = "Signed agreements are visible to every caller; a DRAFT "
                    + "only to network staff and the organizations party to it.")
    @APIResponse(
            responseCode = "200",
            description = "The partnership",
            headers = @Header(name = "ETag", description = "Revision"),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No partnership with this id, or a DRAFT the caller is not party to")
    public Response get(@PathParam("id") UUID id) {
        Partnership partnership = partnerships.get(id);
        return ETags.ok(PartnershipView.of(partnership), partnership.revision());
    }

    @GET
    @Operation(
            operationId = "listPartnerships",
            summary = "List partnerships",
            description = "Filters combine with AND; `q` matches a substring of the "
                    + "title, ignoring case. Default order: updatedAt, then id. DRAFTs are listed only to network staff and "
                    + "the organizations party to them.")
    @APIResponse(responseCode = "200", description = "One page of partnerships and the total matching")
    @APIResponse(responseCode = "400", description = "A filter, sort or paging parameter is not valid")
    public Page<PartnershipView> list(
            @Parameter(description = "Only partnerships this organization is party to") @QueryParam("organizationId")
                    String organizationId,
            @Parameter(schema = @Schema(implementation = PartnershipKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = PartnershipStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "A country the partnership works in", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(schema = @Schema(implementation = UndpRegion.class)) @QueryParam("region") String region,
            @Parameter(description = "SDG goal of one of its targets (1–17)", example = "4") @QueryParam("sdg")
                    String sdg,
            @Parameter(description = "Only partnerships with a hub among the parties (true) or with none (false)")
                    @QueryParam("hub")
                    String hub,
            @Parameter(description = "IATI OrganisationType code of one of the parties", example = "80")
                    @QueryParam("type")
                    String type,
            @Parameter(description = "Words in the title", example = "exchange") @QueryParam("q") String q,
            @Parameter(description = "Only partnerships changed at or after this instant") @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(
                            description =
                                    "title, kind, status, startsOn, endsOn, createdAt, updatedAt; - for descending",
                            example = "-startsOn")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Zero-based page") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        PartnershipFilter filter = new PartnershipFilter(
                QueryParameters.uuid("organizationId", organizationId),
                QueryParameters.oneOf("kind", kind, PartnershipKind.class),
                QueryParameters.oneOf("status", status, PartnershipStatus.class),
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.bool("hub", hub),
                CodeParameters.organisationType("type", type),
                q,
                QueryParameters.instant("updatedSince", updatedSince));
        Page<Partnership> found = store.list(filter, sort, QueryParameters.page(page), QueryParameters.size(size));
        return new Page<>(
                found.items().stream().map(PartnershipView::of).toList(), found.page(), found.size(), found.total());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updatePartnership",
            summary = "Update a partnership",
            description =
                    "JSON Merge Patch (RFC 7396); arrays are replaced whole. "
                            + "Parties and kind can change only while DRAFT. Status changes go through POST /{id}/status. "
                            + "Publishes PartnershipUpdated. If-Match is optional; when sent it must name the current revision. "
                            + "Network staff and the parties' organizations only; a partner's organization stays among the parties.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = PartnershipFields.class),
                            examples =
                                    @ExampleObject(
                                            name = "extend",
                                            value = "{\"endsOn\": \"2026-02-28\", \"sdgTargets\": [\"4.7\"]}")))
    @APIResponse(
            responseCode = "200",
            description = "The updated partnership",
            headers = @Header(name = "ETag", description = "New revision"),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch or resulting partnership")
    @APIResponse(
            responseCode = "403",
            description =
                    "The caller is neither network staff nor a party's organization, or a "
                            + "partner's patch would drop its own organization from the parties (field error `parties`); nothing changed")
    @APIResponse(
            responseCode = "404",
            description = "No partnership with this id, or a DRAFT the caller is not party to")
    @APIResponse(
            responseCode = "409",
            description = "Parties or kind changed after DRAFT, or a concurrent change without If-Match")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    @APIResponse(responseCode = "422", description = "A party is not an organization of the network")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Partnership updated = partnerships.update(id, ifMatch, patch);
        return ETags.ok(PartnershipView.of(updated), updated.revision());
    }

    @POST
    @Path("/{id}/status")
    @Operation(
            operationId = "changePartnershipStatus",
            summary = "Move a partnership to its next status",
            description = "DRAFT → SIGNED → ACTIVE → RENEWED "
                    + "(repeatable) → CLOSED; DRAFT and SIGNED may also be CLOSED. The date of the step is recorded "
                    + "(signedOn, activatedOn, renewedOn, closedOn); a renewal may set a new endsOn. The step the partnership last took, "
                    + "repeated with the same date, changes nothing and answers 200. Publishes "
                    + "PartnershipUpdated, or PartnershipClosed. Network staff and the parties' organizations only.")
    @APIResponse(
            responseCode = "200",
            description = "The partnership after the step",
            headers = @Header(name = "ETag", description = "New revision"),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing status, endsOn without RENEWED, or endsOn not after startsOn")
    @APIResponse(
            responseCode = "403",
            description = "The caller is neither network staff nor a party's organization; nothing changed")
    @APIResponse(
            responseCode = "404",
            description = "No partnership with this id, or a DRAFT the caller is not party to")
    @APIResponse(
            responseCode = "409",
            description = "The life cycle does not allow this step from the current status, or a request with "
                    + "this Idempotency-Key is still running; nothing changed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes retries safe (24 h): a retried move answers the first result")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            StatusChange change) {
        return idempotent.run(idempotencyKey, "POST /api/v1/partnerships/" + id + "/status", change, () -> {
            Partnership changed = partnerships.changeStatus(id, ifMatch, change);
            return ETags.ok(PartnershipView.of(changed), changed.revision());
        });
    }
}
