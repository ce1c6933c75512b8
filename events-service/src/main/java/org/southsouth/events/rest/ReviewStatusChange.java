package org.southsouth.events.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.events.domain.ReviewStatus;

@Schema(
        name = "ReviewStatusChange",
        description = "DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; IN_REVIEW → DRAFT sends it back")
public record ReviewStatusChange(
        @NotNull @Schema(required = true, example = "IN_REVIEW")
        ReviewStatus reviewStatus) {}
