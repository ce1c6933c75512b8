package org.southsouth.volunteer.opportunity;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;

@Path("/api/v1/opportunities/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class OpportunityCandidateResource {

    @Inject
    OpportunityService opportunities;

    @Inject
    CandidateRanking ranking;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listOpportunityCandidates",
            summary = "Rank the candidates for an opportunity",
            description =
                    "The need is the opportunity's: its country, every skill it asks, its languages at the level asked, and the "
                            + "shortest assignment from the earliest start. Without suggested: the volunteers with a live application "
                            + "(applying asks to be considered), ranked with the matching's scores and reasons (see listMatches). With "
                            + "suggested=true: the volunteers matching suggests who have not applied (ACTIVE, with a current MATCHING "
                            + "consent; a partner among its nominees). Network staff and the host organization.")
    @APIResponse(
            responseCode = "200",
            description = "One page of candidates, best first, with the number of candidates")
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    @APIResponse(responseCode = "403", description = "A partner other than the host, a volunteer client or a reporter")
    @APIResponse(responseCode = "404", description = "No opportunity with this id that the caller may see")
    public Page<CandidateView> list(
            @PathParam("id") UUID id,
            @Parameter(
                            description =
                                    "Rank the volunteers matching suggests who have not applied, instead of the applicants",
                            example = "true")
                    @QueryParam("suggested")
                    String suggested,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AccessScope scope = access.staffOrPartner("rank candidates");
        boolean suggestions = Boolean.TRUE.equals(QueryParameters.bool("suggested", suggested));
        Opportunity opportunity = opportunities.get(scope, id);
        OpportunityAccess.requireMayManage(scope, opportunity);
        CandidateRanking.Ranked<CandidateRanking.Candidate> ranked = suggestions
                ? ranking.suggested(scope, opportunity, page, size)
                : ranking.applicants(opportunity, page, size);
        return new Page<>(ranked.items().stream().map(CandidateView::of).toList(), page, size, ranked.total());
    }
}
