package org.southsouth.events.participation;

import java.util.UUID;

/** Who registers: a known volunteer ({@code volunteerId}), or a named member of an organization. */
public record Participant(UUID volunteerId, UUID organizationId, String name, ParticipantRole role) {}
