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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.Page;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.volunteer.Volunteer;
import org.southsouth.volunteer.volunteer.VolunteerService;

@Path("/api/v1/volunteers/{id}/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class VolunteerOpportunityResource {

    @Inject
    VolunteerService volunteers;

    @Inject
    CandidateRanking ranking;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listOpportunitiesForVolunteer",
            summary = "Rank the open opportunities for a volunteer",
            description =
                    "Every OPEN opportunity whose deadline has not passed, scored for this volunteer as listMatches scores a "
                            + "volunteer for a need (the opportunity's country, skills, languages and shortest assignment from the earliest "
                            + "start), best first, ties by opportunity id; each with what matched and what is missing. Network staff, the "
                            + "volunteer's home organization and the volunteer itself.")
    @APIResponse(
            responseCode = "200",
            description = "One page of opportunities with the match, and the number of open opportunities")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    public Page<OpportunityMatchView> list(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Volunteer volunteer = volunteers.get(access.records(), id);
        CandidateRanking.Ranked<CandidateRanking.RankedOpportunity> ranked =
                ranking.forVolunteer(volunteer.id, page, size);
        return new Page<>(ranked.items().stream().map(OpportunityMatchView::of).toList(), page, size, ranked.total());
    }
}
