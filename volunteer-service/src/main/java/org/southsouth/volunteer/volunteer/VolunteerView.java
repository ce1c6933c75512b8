package org.southsouth.volunteer.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Volunteer", description = "A volunteer of the network; after erasure only non-identifying facts remain")
public record VolunteerView(
        @Schema(example = "0d9f5c8e-3b1a-4a61-9d2e-7c6b5a4f3e21")
        UUID id,

        @Schema(example = "Amina Njoroge") String name,
        @Schema(example = "amina@example.org") String email,

        @Schema(nullable = true, example = "+254 700 000000")
        String phone,

        @Schema(example = "KE") String nationality,
        @Schema(nullable = true, example = "KE") String residence,
        UUID homeOrganizationId,
        @Schema(nullable = true) String bio,
        VolunteerStatus status,
        List<LanguageEntry> languages,
        @Schema(example = "[\"community-health\"]") List<String> skills,
        List<AvailabilityEntry> availability,
        Instant createdAt,
        Instant updatedAt,

        @Schema(nullable = true, description = "When the volunteer's personal data was erased")
        Instant erasedAt) {

    public static VolunteerView of(Volunteer v) {
        var p = VolunteerProfiles.of(v);
        return new VolunteerView(
                v.id,
                v.name,
                v.email,
                v.phone,
                v.nationality,
                v.residence,
                v.homeOrganizationId,
                v.bio,
                v.status,
                p.languages(),
                p.skills(),
                p.availability(),
                v.createdAt,
                v.updatedAt,
                v.erasedAt);
    }
}
