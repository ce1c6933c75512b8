package org.southsouth.volunteer.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of a service-hours batch; items are read as NewServiceHours. */
@Schema(
        name = "ServiceHoursBulkItem",
        description = "Hours to log as NewServiceHours, naming the volunteer and the deployment by id or by this "
                + "client's externalId. Logged hours do not change: an item naming logged hours is unchanged when it "
                + "says the same, else a 409.")
public record HoursBulkItem(
        @Schema(
                description = "The caller's own id for the entry, 1 to 200 characters: a batch sent again does not log "
                        + "it twice. At most once per batch",
                example = "crm-hours-7781")
        String externalId,

        @Schema(description = "Logged hours this item names, when it has no externalId that names some")
        UUID id,

        @Schema(description = "The volunteer; or volunteerExternalId")
        UUID volunteerId,

        @Schema(
                description = "The externalId this client gave the volunteer in a volunteers batch, instead of "
                        + "volunteerId",
                example = "crm-000123")
        String volunteerExternalId,

        @Schema(example = "2026-03-14") LocalDate date,
        @Schema(example = "6.5") BigDecimal hours,

        @Schema(example = "Health screening at the community centre")
        String activity,

        UUID eventId,

        @Schema(description = "One of the volunteer's deployments; or deploymentExternalId")
        UUID deploymentId,

        @Schema(
                description = "The externalId this client gave the deployment in a deployments batch, instead of "
                        + "deploymentId",
                example = "crm-dep-0042")
        String deploymentExternalId,

        @Schema(example = "[3]") List<Integer> sdgs,

        @Schema(
                description = "true verifies the entry as verifyServiceHours does (network staff only); an entry "
                        + "already verified by the same verifier is left as it is, by another one is a 409")
        Boolean verified,

        @Schema(
                description = "Who verified, with verified: true (at most 200 characters)",
                example = "coordinator@bvf.example")
        String verifiedBy) {

    /** The body of a service-hours batch. */
    @Schema(name = "ServiceHoursBatch", description = "Up to 500 hour entries")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<HoursBulkItem> items) {}
}
