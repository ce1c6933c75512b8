package org.southsouth.partner.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OrganizationStatusChange",
        description = "A step in an organization's membership: PROSPECT → ACTIVE | INACTIVE, ACTIVE → INACTIVE, "
                + "INACTIVE → ACTIVE.")
public record OrganizationStatusChange(
        @NotNull @Schema(required = true, example = "ACTIVE")
        OrganizationStatus status,

        @PastOrPresent
        @Schema(
                description = "Day of the step (joining, leaving, rejoining); today when absent. The first time an "
                        + "organization becomes ACTIVE it is also its joinedNetworkOn, unless that is already known.",
                example = "2024-05-02")
        LocalDate on) {}
