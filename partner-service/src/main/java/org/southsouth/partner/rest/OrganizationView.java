package org.southsouth.partner.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.partner.domain.Organization;
import org.southsouth.partner.domain.OrganizationStatus;

@Schema(name = "Organization")
public record OrganizationView(
        @Schema(example = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60") UUID id,
        @Schema(example = "Beijing Volunteer Service Federation") String name,
        @Schema(example = "BVF") String acronym,
        @Schema(example = "22") String type,
        @Schema(example = "CN") String country,
        OrganizationStatus status,
        Instant createdAt,
        Instant updatedAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.acronym, o.type, o.country, o.status, o.createdAt, o.updatedAt);
    }
}
