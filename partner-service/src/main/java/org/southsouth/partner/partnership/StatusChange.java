package org.southsouth.partner.partnership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PartnershipStatusChange",
        description = "A step in the life of a partnership: DRAFT → SIGNED → "
                + "ACTIVE → RENEWED (again and again) → CLOSED; a DRAFT or SIGNED agreement may also be CLOSED.")
public record StatusChange(
        @NotNull @Schema(required = true, example = "SIGNED")
        PartnershipStatus status,

        @Schema(
                description = "Date of the step (signing, coming into force, renewal, closing); today when absent",
                example = "2024-02-15")
        LocalDate on,

        @Schema(description = "Only with RENEWED: the new end date", example = "2026-02-28")
        LocalDate endsOn) {}
