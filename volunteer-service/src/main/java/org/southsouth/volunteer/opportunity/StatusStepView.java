package org.southsouth.volunteer.opportunity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusStep", description = "One step of a lifecycle: the status taken, when, by whom and why")
public record StatusStepView(
        @Schema(example = "SHORTLISTED") String status,
        Instant at,

        @Schema(
                description =
                        "The API client that took the step, or volunteer-service when the service took it as a consequence "
                                + "(e.g. the last position was filled)",
                example = "partner-nepal-youth")
        String by,

        @Schema(nullable = true, example = "All 2 positions are filled")
        String reason) {

    public static StatusStepView of(StatusStep step) {
        return new StatusStepView(step.status(), step.at(), step.by(), step.reason());
    }
}
