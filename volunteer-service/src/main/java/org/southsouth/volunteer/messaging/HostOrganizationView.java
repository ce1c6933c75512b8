package org.southsouth.volunteer.messaging;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "HostOrganization",
        description = "An organization as volunteer-service knows it from partner-service's events")
public record HostOrganizationView(
        UUID id,
        @Schema(example = "Nepal Youth Volunteers") String name,
        @Schema(example = "NP") String country,
        @Schema(example = "ACTIVE") String status,
        Instant updatedAt) {

    static HostOrganizationView of(HostOrganization host) {
        return new HostOrganizationView(host.id, host.name, host.country, host.status, host.updatedAt);
    }
}
