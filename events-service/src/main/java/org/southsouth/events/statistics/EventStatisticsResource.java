package org.southsouth.events.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Countries;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.QueryParameters;

@Path("/api/v1/events/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventStatisticsResource {

    @Inject
    StatisticsStore statistics;

    @GET
    @Operation(
            operationId = "getEventStatistics",
            summary = "Impact figures of events and good practices",
            description = "Computed at request time from the "
                    + "records; the people figures from the counts of ATTENDED participants by role that each event keeps, updated "
                    + "with every attendance change. Events count when OPEN, CLOSED or COMPLETED (drafts and cancelled events "
                    + "nowhere); visits, missions and people count once the event is COMPLETED and the person ATTENDED; good practices once published (archived "
                    + "ones included). Filters combine with AND and select the events (by host, start date, SDG, country of the "
                    + "venue, region of that country; online events without a country drop out under country and region) and the "
                    + "good practices (by lead organization, year, SDG, country, region); each breakdown is over the selected "
                    + "records, so under sdg=4 eventsBySdg also shows the other goals those events serve. Events are counted by kind, "
                    + "country, UNDP region of the country, SDG, year and month (the monthly series for charts); years and months are "
                    + "those of the start in the venue's time zone, while from/to select by the UTC date. The completed-event figures "
                    + "(visits, delegates, missions, experts, participants) are also broken down by SDG, year, month, country and "
                    + "region (completedBy*), one row per key with at least one completed event, from the same counts as the totals; "
                    + "under SDG an event serving two goals counts under each. expertsSent counts the experts who ATTENDED completed "
                    + "expert missions, and those who ATTENDED completed events of other kinds abroad: held in another country than "
                    + "the one the organization replica knows for their organization (now; an organization moving recounts its "
                    + "experts' events); online events and organizations without a known country add none.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = EventStatistics.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid; the problem names it")
    public EventStatistics get(
            @QueryParam("organizationId")
                    @Schema(format = "uuid")
                    @Parameter(description = "Only events this organization hosts and good practices it leads")
                    String organizationId,
            @QueryParam("from")
                    @Schema(format = "date")
                    @Parameter(
                            description = "Events starting on or after "
                                    + "this date (UTC); good practices of its year or later",
                            example = "2025-01-01")
                    String from,
            @QueryParam("to")
                    @Schema(format = "date")
                    @Parameter(
                            description = "Events starting on or before "
                                    + "this date (UTC, the whole day); good practices of its year or earlier",
                            example = "2025-12-31")
                    String to,
            @QueryParam("sdg")
                    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17")
                    @Parameter(description = "Sustainable Development Goal 1–17 the events and practices serve")
                    String sdg,
            @QueryParam("country")
                    @Schema(pattern = "[A-Z]{2}")
                    @Parameter(description = "ISO 3166-1 alpha-2 code of the venue / the practice", example = "KE")
                    String country,
            @QueryParam("region")
                    @Schema(implementation = UndpRegion.class)
                    @Parameter(description = "UNDP regional grouping of the venue's / the practice's country")
                    String region) {
        LocalDate fromDate = QueryParameters.date("from", from);
        LocalDate toDate = QueryParameters.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        return statistics.compute(new StatisticsFilter(
                QueryParameters.uuid("organizationId", organizationId),
                fromDate,
                toDate,
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                country(country),
                QueryParameters.oneOf("region", region, UndpRegion.class)));
    }

    private static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!Countries.exists(code.strip())) {
            throw ApiProblem.invalidField("country", "must be an ISO 3166-1 alpha-2 code such as KE");
        }
        return code.strip();
    }
}
