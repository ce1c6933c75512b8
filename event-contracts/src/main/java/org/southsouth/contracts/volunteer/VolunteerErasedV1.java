package org.southsouth.contracts.volunteer;

import java.time.Instant;
import java.util.UUID;

/** A volunteer asked to be forgotten: every service drops or anonymizes its personal data, keeping counts. */
public record VolunteerErasedV1(UUID id, Instant erasedAt) {}
