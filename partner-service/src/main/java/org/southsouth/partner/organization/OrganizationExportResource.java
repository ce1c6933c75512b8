package org.southsouth.partner.organization;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.csv.CsvWriter;

@Path("/api/v1/organizations/export.csv")
@Tag(name = "Organizations")
public class OrganizationExportResource {

    static final String HEADER =
            "id,name,nameTranslations,acronym,type,country,region,subregion,sdgs,status,hub,joinedNetworkOn,website,updatedAt";
    private static final String CSV = "text/csv";

    @Inject
    OrganizationStore store;

    @GET
    @Produces(CSV)
    @Operation(
            operationId = "exportOrganizationsCsv",
            summary = "Export organizations as CSV",
            description =
                    "Every organization matching the filters (as in the "
                            + "list), streamed a page at a time in creation order, UTF-8 without BOM, CRLF lines, RFC 4180 quoting; a text starting with =, +, -, @, tab or CR is prefixed with a single quote (no formula runs in a spreadsheet). "
                            + "nameTranslations as `tag=name` pairs separated by `; `, sdgs separated by spaces. Contacts are not exported.")
    @APIResponse(
            responseCode = "200",
            description = "The organizations",
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "csv",
                                            value =
                                                    HEADER
                                                            + "\r\n3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60,Beijing Volunteer Service Federation,zh=北京志愿服务联合会,BVF,22,CN,"
                                                            + "ASIA_AND_THE_PACIFIC,Eastern Asia,4 17,ACTIVE,true,2016-01-01,https://www.bv.org.cn,2024-03-01T08:00:00Z\r\n")))
    @APIResponse(responseCode = "400", description = "A filter is not valid")
    public Response export(
            @Parameter(description = "ISO 3166-1 alpha-2", example = "NP") @QueryParam("country") String country,
            @Parameter(description = "UNDP regional grouping", schema = @Schema(implementation = UndpRegion.class))
                    @QueryParam("region")
                    String region,
            @Parameter(description = "UN M49 sub-region", example = "Southern Asia") @QueryParam("subregion")
                    String subregion,
            @Parameter(description = "IATI OrganisationType code", example = "22") @QueryParam("type") String type,
            @Parameter(description = "SDG goal in the organization's focus (1–17)", example = "4") @QueryParam("sdg")
                    String sdg,
            @Parameter(schema = @Schema(implementation = OrganizationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only hubs (true) or only non-hubs (false)") @QueryParam("hub") String hub,
            @Parameter(description = "Words in the name, acronym or translations", example = "志愿") @QueryParam("q")
                    String q,
            @Parameter(description = "Only organizations changed at or after this instant") @QueryParam("updatedSince")
                    String updatedSince) {
        OrganizationFilter filter = new OrganizationFilter(
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class),
                blank(subregion),
                blank(type),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.oneOf("status", status, OrganizationStatus.class),
                QueryParameters.bool("hub", hub),
                q,
                QueryParameters.instant("updatedSince", updatedSince));
        StreamingOutput body = out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row((Object[]) HEADER.split(","));
            for (int page = 0; ; page++) {
                int number = page;
                // One short read transaction per page: the export never holds a connection while the client reads.
                List<List<Object>> rows = QuarkusTransaction.requiringNew().call(() -> {
                    Page<Organization> found = store.list(filter, "createdAt", number, Page.MAX_SIZE);
                    return found.items().stream()
                            .map(OrganizationExportResource::fields)
                            .toList();
                });
                for (List<Object> row : rows) {
                    csv.row(row);
                }
                csv.flush();
                if (rows.size() < Page.MAX_SIZE) {
                    break;
                }
            }
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organizations.csv\"")
                .build();
    }

    private static List<Object> fields(Organization o) {
        String translations = o.nameTranslations.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        String sdgs = o.sdgs.stream().map(String::valueOf).collect(Collectors.joining(" "));
        return Arrays.asList(
                o.id,
                o.name,
                translations,
                o.acronym,
                o.type,
                o.country,
                o.region == null ? null : o.region.name(),
                o.subregion,
                sdgs,
                o.status,
                o.hub,
                o.joinedNetworkOn,
                o.website,
                o.updatedAt);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
