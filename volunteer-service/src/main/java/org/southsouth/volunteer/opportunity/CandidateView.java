package org.southsouth.volunteer.opportunity;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.application.ApplicationStatus;
import org.southsouth.volunteer.volunteer.Match;

@Schema(
        name = "Candidate",
        description = "A volunteer ranked for an opportunity, with its live application when it is an applicant")
public record CandidateView(
        Match match,

        @Schema(nullable = true, description = "The applicant's live application; null for a suggested volunteer")
        UUID applicationId,

        @Schema(nullable = true) ApplicationStatus applicationStatus) {

    static CandidateView of(CandidateRanking.Candidate candidate) {
        return candidate.application() == null
                ? new CandidateView(candidate.match(), null, null)
                : new CandidateView(candidate.match(), candidate.application().id, candidate.application().status);
    }
}
