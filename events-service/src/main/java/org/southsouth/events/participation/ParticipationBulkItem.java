package org.southsouth.events.participation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ParticipationBulkItem",
        description = "A participant of an event with the status it reached: either "
                + "a volunteer known to the network (volunteerId), or a member of an organization (organizationId and name). "
                + "Names an existing participation by externalId (this client's own id for it) or by id; else it is "
                + "registered.")
public record ParticipationBulkItem(
        @Size(min = 1, max = 200)
        @Schema(
                description = "Your own id for the participation; a re-sent item with it "
                        + "updates the participation it created",
                example = "crm-participation-4711")
        String externalId,

        @Schema(description = "The participation to update, when the item has no externalId naming one")
        UUID id,

        @Schema(description = "The event; or give eventExternalId")
        UUID eventId,

        @Size(min = 1, max = 200)
        @Schema(description = "Your own externalId of the event (from an events batch)", example = "crm-event-2026-03")
        String eventExternalId,

        @Schema(description = "A volunteer registered in volunteer-service")
        UUID volunteerId,

        @Schema(description = "The participant's organization (partner-service id)")
        UUID organizationId,

        @Size(max = 200) @Schema(description = "Name of an organization's participant", example = "Amina Hassan")
        String name,

        @NotNull @Schema(required = true, example = "DELEGATE")
        ParticipantRole role,

        @Schema(
                description = "The status reached: REGISTERED (or absent: registered, or WAITLISTED when no seat is "
                        + "left), ATTENDED, NO_SHOW or CANCELLED, reached through the same steps as the single moves",
                example = "ATTENDED")
        ParticipationStatus status,

        @PastOrPresent
        @Schema(
                description = "When the step to ATTENDED, NO_SHOW or CANCELLED happened; now when absent",
                example = "2026-03-01T09:00:00Z")
        Instant at) {

    @AssertTrue(message = "give either volunteerId, or organizationId and name")
    @Schema(hidden = true)
    public boolean isParticipant() {
        return new NewParticipation(volunteerId, organizationId, name, role).isParticipant();
    }

    @AssertTrue(message = "give either eventId or eventExternalId")
    @Schema(hidden = true)
    public boolean isEvent() {
        return (eventId == null) != (eventExternalId == null);
    }

    ParticipationUpsert toUpsert() {
        return new ParticipationUpsert(
                externalId,
                id,
                eventId,
                eventExternalId,
                new NewParticipation(volunteerId, organizationId, name, role).toParticipant(),
                status,
                at == null ? null : at.truncatedTo(ChronoUnit.MILLIS));
    }
}
