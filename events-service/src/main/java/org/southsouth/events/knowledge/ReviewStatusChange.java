package org.southsouth.events.knowledge;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReviewStatusChange",
        description = "DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; IN_REVIEW → DRAFT sends it back")
public record ReviewStatusChange(
        @NotNull @Schema(required = true, example = "IN_REVIEW")
        ReviewStatus reviewStatus) {}
