package org.southsouth.events.participation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NewParticipation",
        description = "Either a volunteer known to the network (volunteerId), or a delegate, "
                + "expert, speaker or organizer of an organization (organizationId and name)")
public record NewParticipation(
        @Schema(description = "A volunteer registered in volunteer-service")
        UUID volunteerId,

        @Schema(description = "The participant's organization (partner-service id)")
        UUID organizationId,

        @Size(max = 200) @Schema(description = "Name of an organization's participant", example = "Amina Hassan")
        String name,

        @NotNull @Schema(required = true, example = "DELEGATE")
        ParticipantRole role) {

    @AssertTrue(message = "give either volunteerId, or organizationId and name")
    @Schema(hidden = true)
    public boolean isParticipant() {
        return volunteerId != null
                ? organizationId == null && name == null
                : organizationId != null && name != null && !name.isBlank();
    }

    Participant toParticipant() {
        return new Participant(volunteerId, organizationId, name == null ? null : name.strip(), role);
    }
}
