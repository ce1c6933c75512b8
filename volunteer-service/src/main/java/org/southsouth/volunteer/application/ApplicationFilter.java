package org.southsouth.volunteer.application;

import java.time.Instant;
import java.util.UUID;

public record ApplicationFilter(UUID opportunityId, UUID volunteerId, ApplicationStatus status, Instant updatedSince) {}
