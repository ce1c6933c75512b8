package org.southsouth.volunteer.volunteer;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.validation.IsoCodeValidators;

@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Volunteers ranked against a need, with the reasons")
public class MatchResource {

    @Inject
    MatchingService matching;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listMatches",
            summary = "Rank volunteers for a need",
            description =
                    "Candidates are ACTIVE volunteers with a current consent (given, not withdrawn) for the purpose MATCHING "
                            + "and at least one requested skill or language, or available for the whole "
                            + "period. Score: 10 per requested skill held; 10 per requested language spoken at the requested level or above; "
                            + "20 if one availability window covers from..to; 20 if no deployment (not cancelled) overlaps from..to; 5 for "
                            + "having served a deployment or attended an event in the country. Highest score first, ties by volunteer id: the "
                            + "same need always gives the same order. Each match lists what matched and what is missing. Network staff rank "
                            + "all volunteers, a partner its nominees only.")
    @APIResponse(responseCode = "200", description = "One page of matches with the number of candidates")
    @APIResponse(responseCode = "400", description = "A parameter is missing or not valid")
    @APIResponse(responseCode = "403", description = "A reporter or volunteer client")
    public Page<Match> rank(
            @Parameter(description = "ISO 3166-1 alpha-2 country of service", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(
                            description = "Comma-separated ISO 639-1 codes, each optionally with a minimum level",
                            example = "en:B2,ne")
                    @QueryParam("languages")
                    String languages,
            @Parameter(description = "Comma-separated skill codes", example = "community-health,education")
                    @QueryParam("skills")
                    String skills,
            @Parameter(description = "First day of the period", required = true, example = "2027-03-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period", required = true, example = "2027-09-30")
                    @QueryParam("to")
                    String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AccessScope scope = access.staffOrPartner("rank volunteers");
        LocalDate start = QueryParameters.date("from", from);
        LocalDate end = QueryParameters.date("to", to);
        if (start == null || end == null) {
            throw ApiProblem.invalidField(start == null ? "from" : "to", "is required");
        }
        if (end.isBefore(start)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        Need need = new Need(
                QueryParameters.country("country", country), list(skills), languageNeeds(languages), start, end);
        MatchingService.Matches matches = matching.page(scope, need, page, size);
        return new Page<>(matches.items(), page, size, matches.total());
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static List<Need.LanguageNeed> languageNeeds(String languages) {
        List<Need.LanguageNeed> needs = new ArrayList<>();
        for (String item : list(languages)) {
            String[] parts = item.split(":", 2);
            if (!IsoCodeValidators.isLanguage(parts[0])) {
                throw ApiProblem.invalidField("languages", parts[0] + " is not an ISO 639-1 code");
            }
            LanguageLevel minimum = parts.length == 1
                    ? LanguageLevel.A1
                    : QueryParameters.oneOf("languages", parts[1], LanguageLevel.class);
            needs.add(new Need.LanguageNeed(parts[0], minimum));
        }
        return needs;
    }
}
