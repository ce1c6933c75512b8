package org.southsouth.events.service;

import java.util.UUID;
import org.southsouth.events.domain.ParticipantRole;

/** Who registers: a known volunteer ({@code volunteerId}), or a named member of an organization. */
public record Participant(UUID volunteerId, UUID organizationId, String name, ParticipantRole role) {}
