package org.southsouth.volunteer.volunteer;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Match", description = "A volunteer ranked against a need, with what matched and what is missing")
public record Match(
        @Schema(description = "1 for the best match") long rank,
        UUID volunteerId,
        @Schema(example = "Amina Njoroge") String name,
        @Schema(example = "KE") String nationality,

        @Schema(description = "See the operation's description for the weights", example = "75")
        int score,

        @Schema(example = "[\"community-health\"]") List<String> skillsMatched,
        @Schema(example = "[\"ict\"]") List<String> skillsMissing,

        @Schema(description = "Requested languages spoken at the level asked or above", example = "[\"en:C1\"]")
        List<String> languagesMatched,

        @Schema(
                description = "Requested languages not spoken, or below the level asked (with the level spoken)",
                example = "[\"fr:A2<B2\"]")
        List<String> languagesMissing,

        @Schema(description = "One availability window covers the whole period")
        boolean available,

        @Schema(description = "No deployment (not cancelled) overlaps the period")
        boolean noOverlappingDeployment,

        @Schema(description = "Deployments overlapping the period")
        List<UUID> overlappingDeployments,

        @Schema(description = "Served a deployment or attended an event in the requested country")
        boolean countryExperience) {}
