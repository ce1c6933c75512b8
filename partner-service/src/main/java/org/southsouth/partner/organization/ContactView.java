package org.southsouth.partner.organization;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "A person to reach at an organization (personal data)")
public record ContactView(
        UUID id,
        UUID organizationId,
        @Schema(example = "Li Wei") String name,

        @Schema(nullable = true, example = "International cooperation officer")
        String role,

        @Schema(nullable = true, example = "li.wei@example.org")
        String email,

        @Schema(nullable = true, example = "+86 10 1234 5678")
        String phone,

        @Schema(nullable = true, example = "zh") String preferredLanguage,
        Instant createdAt,
        Instant updatedAt) {

    public static ContactView of(OrganizationContact c) {
        return new ContactView(
                c.id,
                c.organizationId,
                c.name,
                c.role,
                c.email,
                c.phone,
                c.preferredLanguage,
                c.createdAt,
                c.updatedAt);
    }
}
