package org.southsouth.events.event;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Sdgs;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.csv.CsvWriter;

@Path("/api/v1/events/export.csv")
@Tag(name = "Events")
public class EventExportResource {

    static final String HEADER = "id,kind,title,status,hostOrganizationId,partnerOrganizationIds,country,city,online,"
            + "localStart,localEnd,timeZone,capacity,seatsTaken,languages,sdgs,updatedAt";
    private static final String CSV = "text/csv";

    @Inject
    ExchangeEventService events;

    @GET
    @Produces(CSV)
    @Operation(
            operationId = "exportEventsCsv",
            summary = "Export events as CSV",
            description = "Every event matching the filters (as in the list, drafts only to "
                    + "network staff and the host organization's partner), streamed "
                    + "a page at a time by start, UTF-8 without BOM, CRLF lines, RFC 4180 quoting; a text starting with =, +, -, @, tab or CR is prefixed with a single quote (no formula runs in a spreadsheet); lists separated by spaces; "
                    + "start and end in the venue's local time. Agenda and participants are not exported.")
    @APIResponse(
            responseCode = "200",
            description = "The events",
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "csv",
                                            value =
                                                    HEADER
                                                            + "\r\n9b0c…,DELEGATION_VISIT,北京志愿者代表团访问加德满都,COMPLETED,3f1c…,,NP,Kathmandu,false,"
                                                            + "2024-05-06T09:00,2024-05-10T17:00,Asia/Kathmandu,20,14,zh en,4 17,2024-05-11T00:00:00Z\r\n")))
    @APIResponse(responseCode = "400", description = "A filter is not valid")
    public Response export(
            @QueryParam("kind") @Schema(implementation = EventKind.class) String kind,
            @QueryParam("status") @Schema(implementation = EventStatus.class) String status,
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                    String country,
            @QueryParam("sdg") @Min(1) @Max(Sdgs.GOALS) Integer sdg,
            @QueryParam("hostOrganizationId") @Schema(format = "uuid") String hostOrganizationId,
            @QueryParam("organizationId") @Schema(format = "uuid") String organizationId,
            @QueryParam("online") @Schema(type = SchemaType.BOOLEAN) String online,
            @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code")
                    String language,
            @QueryParam("year") @Min(1950) @Max(2100) Integer year,
            @QueryParam("updatedSince") String updatedSince) {
        EventFilter filter = new EventFilter(
                QueryParameters.oneOf("kind", kind, EventKind.class),
                QueryParameters.oneOf("status", status, EventStatus.class),
                QueryParameters.country("country", country),
                sdg,
                QueryParameters.uuid("hostOrganizationId", hostOrganizationId),
                QueryParameters.uuid("organizationId", organizationId),
                QueryParameters.bool("online", online),
                language,
                year,
                null,
                null,
                QueryParameters.instant("updatedSince", updatedSince));
        StreamingOutput body = out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row((Object[]) HEADER.split(","));
            for (int page = 0; ; page++) {
                List<EventView> found = events.page(filter, "startsAt", page, Page.MAX_SIZE).stream()
                        .map(EventView::of)
                        .toList();
                for (EventView event : found) {
                    csv.row(fields(event));
                }
                csv.flush();
                if (found.size() < Page.MAX_SIZE) {
                    break;
                }
            }
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"events.csv\"")
                .build();
    }

    private static List<Object> fields(EventView e) {
        return Arrays.asList(
                e.id(),
                e.kind(),
                e.title(),
                e.status(),
                e.hostOrganizationId(),
                joined(e.partnerOrganizationIds()),
                e.country(),
                e.city(),
                e.online(),
                e.localStart(),
                e.localEnd(),
                e.timeZone(),
                e.capacity(),
                e.seatsTaken(),
                joined(e.languages()),
                joined(e.sdgs()),
                e.updatedAt());
    }

    private static String joined(List<?> values) {
        return values == null ? null : values.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
