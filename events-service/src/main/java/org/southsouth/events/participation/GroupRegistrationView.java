package org.southsouth.events.participation;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "GroupRegistration",
        description = "The members' participations: all REGISTERED, or all WAITLISTED when "
                + "the group does not fit in the seats left")
public record GroupRegistrationView(UUID groupId, List<ParticipationView> participations) {}
