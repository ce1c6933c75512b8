package org.southsouth.volunteer.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityStatusChange", description = "Moves an opportunity along its lifecycle")
public record OpportunityStatusChange(
        @NotNull @Schema(example = "OPEN", required = true) OpportunityStatus status,

        @Size(max = 1000)
        @Schema(
                description = "Why, kept in the status history and told to pending applications",
                example = "Funding withdrawn")
        String reason) {}
