package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
    static List<CountryDeployments> list(JsonNode statistics) {
        JsonNode rows = statistics.get("byCountry");
        if (rows == null || !rows.isArray()) {
            return null;
        }
        List<CountryDeployments> list = new ArrayList<>();
        for (JsonNode row : rows) {
            list.add(new CountryDeployments(
                    row.path("country").asText(),
                    row.path("deployments").asLong(),
                    row.path("volunteers").asLong()));
        }
        return list;
    }
}
