package org.southsouth.volunteer.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of an applications batch; items are read as NewApplication. */
@Schema(
        name = "ApplicationBulkItem",
        description = "An application to submit as NewApplication, naming the opportunity and the volunteer by id "
                + "or by this client's externalId, then to bring to status. An application does not change: an item "
                + "naming one with other values is a 409.")
public record ApplicationBulkItem(
        @Schema(
                description = "The caller's own id for the application, 1 to 200 characters: a batch sent again "
                        + "does not submit it twice. At most once per batch",
                example = "crm-app-0311")
        String externalId,

        @Schema(description = "The application this item names, when it has no externalId that names one")
        UUID id,

        @Schema(description = "The opportunity; or opportunityExternalId")
        UUID opportunityId,

        @Schema(
                description = "The externalId this client gave the opportunity in an opportunities batch, instead "
                        + "of opportunityId",
                example = "crm-opp-0007")
        String opportunityExternalId,

        @Schema(description = "The volunteer; or volunteerExternalId")
        UUID volunteerId,

        @Schema(
                description = "The externalId this client gave the volunteer in a volunteers batch, instead of "
                        + "volunteerId",
                example = "crm-000123")
        String volunteerExternalId,

        @Schema(example = "Five years as a community nurse; I speak Nepali.")
        String motivation,

        LocalDate availableFrom,
        LocalDate availableTo,

        @Schema(
                description = "The status to bring the application to through the moves changeApplicationStatus "
                        + "makes (SUBMITTED, then SHORTLISTED, OFFERED, ACCEPTED, DECLINED, REJECTED or WITHDRAWN), "
                        + "each by the roles that call allows; none leaves it as it is",
                example = "OFFERED")
        ApplicationStatus status,

        @Schema(
                description = "With status ACCEPTED only: the planned start of the deployment, as "
                        + "changeApplicationStatus takes it",
                example = "2027-03-15")
        LocalDate plannedStart) {

    /** The body of an applications batch. */
    @Schema(name = "ApplicationBatch", description = "Up to 500 applications")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<ApplicationBulkItem> items) {}
}
