package org.southsouth.gateway.clients;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NewApiClient",
        description = "A client to register; partners need their organization, volunteer clients their volunteer")
public record NewClient(
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                message = "3 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit")
        @Schema(description = "Chosen id; generated when absent", example = "nepal-vsc-sync")
        String clientId,

        @NotBlank @Size(max = 200) @Schema(example = "Nepal Volunteer Service Centre – member sync")
        String name,

        @NotEmpty @Schema(description = "admin, coordinator, partner, reporter or volunteer", example = "[\"partner\"]")
        List<String> roles,

        @Schema(
                description = "Required for the partner role: the organization the client acts for",
                example = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60")
        UUID organizationId,

        @Schema(
                description =
                        "Required for the volunteer role, and only for it: the volunteer a volunteer-facing app acts for",
                example = "8d2e7c1a-4b3f-4e0d-9c6a-2f1e0b9d8c7a")
        UUID volunteerId,

        @Positive
        @Max(100_000)
        @Schema(description = "Own rate limit; the gateway default when absent", example = "600")
        Integer rateLimitPerMinute) {}
