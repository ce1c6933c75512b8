package org.southsouth.volunteer.opportunity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.volunteer.Match;

@Schema(
        name = "OpportunityMatch",
        description = "An open opportunity and how one volunteer matches it, with the reasons")
public record OpportunityMatchView(OpportunityView opportunity, Match match) {

    static OpportunityMatchView of(CandidateRanking.RankedOpportunity ranked) {
        return new OpportunityMatchView(OpportunityView.of(ranked.opportunity()), ranked.match());
    }
}
