package org.southsouth.events.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NewGroupRegistration",
        description = "Members of one organization registered together, e.g. a delegation")
public record NewGroupRegistration(
        @NotNull @Schema(required = true) UUID organizationId,

        @NotNull @Schema(required = true, example = "DELEGATE")
        ParticipantRole role,

        @NotNull @Size(min = 1, max = 200) @Schema(required = true, example = "[\"Li Wei\", \"Zhang Min\"]")
        List<@NotBlank @Size(max = 200) String> members) {

    List<Participant> toParticipants() {
        return members.stream()
                .map(name -> new Participant(null, organizationId, name.strip(), role))
                .toList();
    }
}
