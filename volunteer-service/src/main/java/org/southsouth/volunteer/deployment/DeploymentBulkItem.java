package org.southsouth.volunteer.deployment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of a deployments batch; items are read as DeploymentPlan and the steps to its status. */
@Schema(
        name = "DeploymentBulkItem",
        description = "A deployment to plan, or to re-plan with the plan fields given (only while PLANNED, as a "
                + "merge patch), brought to status through the single status moves: ACTIVE on arrivedOn, then "
                + "COMPLETED on completedOn or ENDED_EARLY on endedOn; or CANCELLED. A new deployment needs what "
                + "DeploymentPlan requires.")
public record DeploymentBulkItem(
        @Schema(
                description = "The caller's own id for the deployment, 1 to 200 characters: a batch sent again updates "
                        + "the deployment it created. At most once per batch",
                example = "crm-dep-0042")
        String externalId,

        @Schema(description = "The deployment to update, when the item has no externalId that names one")
        UUID id,

        @Schema(description = "The volunteer; or volunteerExternalId")
        UUID volunteerId,

        @Schema(
                description = "The externalId this client gave the volunteer in a volunteers batch, instead of "
                        + "volunteerId",
                example = "crm-000123")
        String volunteerExternalId,

        UUID sendingOrganizationId,
        UUID hostOrganizationId,

        @Schema(description = "ISO 3166-1 alpha-2 country of service", example = "NP")
        String country,

        Programme programme,
        @Schema(example = "Community health advisor") String role,
        @Schema(example = "2027-01-15") LocalDate plannedStart,
        @Schema(example = "2027-10-15") LocalDate plannedEnd,
        @Schema(example = "[3, 17]") List<Integer> sdgs,

        @Schema(
                description = "The status to reach (PLANNED when absent); EXTENDED only by the single status move",
                example = "COMPLETED")
        DeploymentStatus status,

        @Schema(
                description = "ACTIVE, COMPLETED, ENDED_EARLY: the day the volunteer arrived (today when absent)",
                example = "2027-01-16")
        LocalDate arrivedOn,

        @Schema(description = "COMPLETED: the day the volunteer came back (today when absent)", example = "2027-10-15")
        LocalDate completedOn,

        @Schema(description = "ENDED_EARLY: the last day served, required", example = "2027-06-30")
        LocalDate endedOn) {

    /** The body of a deployments batch. */
    @Schema(name = "DeploymentBatch", description = "Up to 500 deployments")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<DeploymentBulkItem> items) {}
}
