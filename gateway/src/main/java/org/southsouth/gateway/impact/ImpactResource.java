package org.southsouth.gateway.impact;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.AcceptHeader;
import org.southsouth.rest.ApiProblem;

@Path("/api/v1")
@Tag(name = "Impact", description = "The network's impact figures, composed live from the services' statistics")
public class ImpactResource {

    static final String CSV = "text/csv";
    private static final String DESCRIPTION = "Composed at the gateway from partner-service "
            + "(`/api/v1/organizations/statistics`, `/api/v1/partnerships/statistics`), events-service "
            + "(`/api/v1/events/statistics`) and volunteer-service (`/api/v1/volunteers/statistics`), one request "
            + "each, read in parallel, each within `impact.upstream-timeout` (5 s). When a "
            + "service is down the answer is still 200: its figures are null and `missing` lists them with the reason "
            + "(`complete` is false). Every filter is passed to every service, which applies it to its own records; what "
            + "each figure counts, and what each filter selects for it, is in the ImpactReport schema. The one figure a "
            + "filter cannot narrow, volunteersRegistered by year or month under `sdg`, `country` or `region`, is left out with "
            + "reason FILTER_NOT_SUPPORTED, never given unfiltered. `breakdown=` adds rows per key of sdg, year, month, "
            + "country, region or programme, carrying: " + ImpactReport.BREAKDOWN_FIGURES;

    @Inject
    ImpactComposer composer;

    @Context
    RoutingContext routing;

    @GET
    @Path("/impact")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            operationId = "getImpact",
            summary = "The network's impact figures",
            description = DESCRIPTION + " CSV with `format=csv` or " + "`Accept: text/csv` (as `/api/v1/impact.csv`).")
    @APIResponse(
            responseCode = "200",
            description = "The figures; possibly partial, see `missing`",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactReport.class)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value = ImpactCsv.HEADER_LINE + "\r\norganizationsConnected,,,83,,,\r\n"))
            })
    @APIResponse(responseCode = "400", description = "A filter or breakdown is malformed, or `to` is before `from`")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller's role may not read figures")
    @APIResponse(responseCode = "429", description = "Rate limit exceeded")
    public Response impact(
            @Parameter(description = "First day, inclusive (ISO date)", example = "2016-01-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Last day, inclusive (ISO date)", example = "2024-12-31") @QueryParam("to")
                    String to,
            @Parameter(description = "SDG goal 1–17", example = "4") @QueryParam("sdg") String sdg,
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(
                            description =
                                    "UNDP region: AFRICA, ARAB_STATES, ASIA_AND_THE_PACIFIC, EUROPE_AND_CENTRAL_ASIA, "
                                            + "LATIN_AMERICA_AND_THE_CARIBBEAN",
                            example = "ASIA_AND_THE_PACIFIC")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description = "Breakdowns, comma separated or repeated: sdg, year, month, country, region, "
                                    + "programme",
                            example = "[\"sdg\", \"country\"]")
                    @QueryParam("breakdown")
                    List<String> breakdown,
            @Parameter(description = "`json` (default) or `csv`", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        ImpactReport report = report(from, to, sdg, country, region, breakdown);
        return csv
                ? csv(report)
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/impact.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportImpactCsv",
            summary = "The network's impact figures as CSV",
            description = DESCRIPTION + " One long table, UTF-8 "
                    + "without BOM, CRLF lines: `figure,breakdown,key,value,missingReason,service,detail`; headline figures first "
                    + "(breakdown and key empty), then breakdown rows, then the missing figures with their reason.")
    @APIResponse(
            responseCode = "200",
            description = "The figures as CSV",
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "csv",
                                            value =
                                                    ImpactCsv.HEADER_LINE
                                                            + "\r\norganizationsConnected,,,83,,,\r\nvolunteersDeployed,country,NP,10,,,\r\n")))
    @APIResponse(responseCode = "400", description = "A filter or breakdown is malformed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller's role may not read figures")
    public Response impactCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sdg") String sdg,
            @QueryParam("country") String country,
            @QueryParam("region") String region,
            @QueryParam("breakdown") List<String> breakdown) {
        return csv(report(from, to, sdg, country, region, breakdown));
    }

    private ImpactReport report(
            String from, String to, String sdg, String country, String region, List<String> breakdown) {
        ImpactFilters filters = ImpactFilters.parse(from, to, sdg, country, region);
        Set<Breakdown> dimensions = ImpactFilters.breakdowns(breakdown == null ? List.of() : breakdown);
        return composer.compose(filters, dimensions, CallerHeaders.of(routing));
    }

    private static Response csv(ImpactReport report) {
        return Response.ok(ImpactCsv.of(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"impact.csv\"")
                .build();
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if ("csv".equalsIgnoreCase(format.strip())) {
                return true;
            }
            if ("json".equalsIgnoreCase(format.strip())) {
                return false;
            }
            throw ApiProblem.invalidField("format", "must be json or csv");
        }
        return AcceptHeader.preferred(
                        headers.getHeaderString(HttpHeaders.ACCEPT), List.of(MediaType.APPLICATION_JSON, CSV))
                .filter(CSV::equals)
                .isPresent();
    }
}
