package org.southsouth.gateway.impact;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CountryDeployments",
        description = "Deployments that started (ACTIVE, EXTENDED, COMPLETED, ENDED_EARLY) in one host country")
public record CountryDeployments(
        @Schema(description = "ISO 3166-1 alpha-2 host country", example = "NP")
        String country,

        @Schema(description = "Deployments to the country", example = "10")
        long deployments,

        @Schema(description = "Distinct volunteers deployed to the country", example = "10")
        long volunteers) {

    /** volunteer-service's {@code byCountry}; null when the service offers none. */
    static List<CountryDeployments> list(VolunteerFigures statistics) {
        if (statistics.byCountry() == null) {
            return null;
        }
        return statistics.byCountry().stream()
                .map(row -> new CountryDeployments(row.country(), orZero(row.deployments()), orZero(row.volunteers())))
                .toList();
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
