package org.southsouth.gateway.clients;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.gateway.auth.Role;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ApiClient",
        description = "A registered API client; its secret is never shown again after it was issued")
public record ClientView(
        @Schema(example = "nepal-vsc-sync") String clientId,

        @Schema(example = "Nepal Volunteer Service Centre – member sync")
        String name,

        @Schema(example = "[\"partner\"]") List<String> roles,

        @Schema(example = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60")
        UUID organizationId,

        @Schema(description = "For volunteer clients: the volunteer they act for")
        UUID volunteerId,

        @Schema(example = "600") Integer rateLimitPerMinute,

        @Schema(
                enumeration = {"ACTIVE", "REVOKED"},
                example = "ACTIVE")
        String status,

        @Schema(example = "2025-03-01T08:00:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T08:00:00Z") Instant secretRotatedAt,
        @Schema(description = "When the client was revoked") Instant revokedAt) {

    static ClientView of(ApiClient client) {
        return new ClientView(
                client.clientId(),
                client.name(),
                client.roles().stream().sorted().map(Role::claim).toList(),
                client.organizationId(),
                client.volunteerId(),
                client.rateLimitPerMinute(),
                client.revoked() ? "REVOKED" : "ACTIVE",
                client.createdAt(),
                client.secretRotatedAt(),
                client.revokedAt());
    }
}
