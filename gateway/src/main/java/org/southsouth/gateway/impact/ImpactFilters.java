package org.southsouth.gateway.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.CountryCodes;
import org.southsouth.rest.QueryParameters;

/** What an impact request asks for, validated; absent filters are null. */
@Schema(
        name = "ImpactFilters",
        description = "The filters the figures were computed with, as understood by the gateway")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImpactFilters(
        @Schema(description = "First day, inclusive", example = "2016-01-01")
        LocalDate from,

        @Schema(description = "Last day, inclusive", example = "2024-12-31")
        LocalDate to,

        @Schema(description = "SDG goal 1–17", example = "4")
        Integer sdg,

        @Schema(description = "ISO 3166-1 alpha-2 country", example = "NP")
        String country,

        @Schema(description = "UNDP region", example = "ASIA_AND_THE_PACIFIC")
        String region) {

    static final Set<String> REGIONS =
            Arrays.stream(UndpRegion.values()).map(Enum::name).collect(Collectors.toSet());

    public static ImpactFilters parse(String from, String to, String sdg, String country, String region) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        return new ImpactFilters(first, last, sdg(sdg), country(country), region(region));
    }

    /** The filters given, by kind. */
    public Set<FilterKind> given() {
        Set<FilterKind> given = EnumSet.noneOf(FilterKind.class);
        if (from != null || to != null) {
            given.add(FilterKind.PERIOD);
        }
        if (sdg != null) {
            given.add(FilterKind.SDG);
        }
        if (country != null) {
            given.add(FilterKind.COUNTRY);
        }
        if (region != null) {
            given.add(FilterKind.REGION);
        }
        return given;
    }

    /** The breakdown key a filter on this dimension selects, e.g. {@code "4"} for {@code sdg=4}. */
    String keyOf(FilterKind kind) {
        return switch (kind) {
            case SDG -> String.valueOf(sdg);
            case COUNTRY -> country;
            case REGION -> region;
            case PERIOD -> throw new IllegalArgumentException("a period selects no single key");
        };
    }

    private static Integer sdg(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int goal = Integer.parseInt(value.strip());
            if (goal >= 1 && goal <= Sdgs.GOALS) {
                return goal;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range goal
        }
        throw ApiProblem.invalidField("sdg", "must be an SDG goal number from 1 to " + Sdgs.GOALS);
    }

    private static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!CountryCodes.isCountry(code)) {
            throw ApiProblem.invalidField("country", "must be an ISO 3166-1 alpha-2 code like NP");
        }
        return code;
    }

    private static String region(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!REGIONS.contains(code)) {
            throw ApiProblem.invalidField(
                    "region",
                    "must be one of "
                            + String.join(", ", REGIONS.stream().sorted().toList()));
        }
        return code;
    }

    /** Parses {@code breakdown=sdg,year} (also repeated) into dimensions. */
    public static Set<Breakdown> breakdowns(java.util.List<String> values) {
        Set<Breakdown> dimensions = EnumSet.noneOf(Breakdown.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                dimensions.add(Arrays.stream(Breakdown.values())
                        .filter(b -> b.key().equalsIgnoreCase(name))
                        .findFirst()
                        .orElseThrow(() -> ApiProblem.invalidField(
                                "breakdown",
                                "must be a comma-separated list of sdg, year, month, country, region, programme")));
            }
        }
        return dimensions;
    }
}
