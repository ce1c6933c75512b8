package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/impact/iati-activities.xml")
@Tag(name = "Impact")
public class IatiExportResource {

    private static final String XML = "application/xml";

    @Inject
    ServiceReader reader;

    @Inject
    ImpactConfig config;

    @Context
    RoutingContext routing;

    @GET
    @Produces(XML)
    @Operation(
            operationId = "exportIatiActivities",
            summary = "Partnerships, deployments and events as IATI activities",
            description =
                    "An IATI 2.03 "
                            + "`iati-activities` document, streamed, composed from the services' lists (`/api/v1/partnerships`, "
                            + "`/api/v1/deployments`, `/api/v1/events`, organization names and types from `/api/v1/organizations`). "
                            + "One `iati-activity` per record, identified `<publisher>-PARTNERSHIP|DEPLOYMENT|EVENT-<uuid>`, reported by "
                            + "the publisher configured as `impact.iati.reporting-org-*`. participating-org: partnership parties with "
                            + "their IATI roles (1 funding, 2 accountable, 3 extending, 4 implementing); for a deployment the sending "
                            + "organization extending (3) and the host implementing (4); for an event the host accountable (2) and "
                            + "partners implementing (4); no `ref`, since the network holds no registration-agency identifier for its "
                            + "organizations and IATI asks to leave it out rather than invent one; `type` the IATI OrganisationType, the "
                            + "narrative the organization's name. Every activity is valid against the IATI 2.03 activity schema: a "
                            + "`description` (the record's own, else composed from the record), date-times with seconds, `xml:lang=\"en\"` "
                            + "on the activity with `xml:lang=\"zh\"` on narratives in Chinese script. activity-status: "
                            + "partnership SIGNED 1, ACTIVE/RENEWED 2, CLOSED 4; deployment PLANNED 1, ACTIVE/EXTENDED 2, COMPLETED/"
                            + "ENDED_EARLY 4, CANCELLED 5; event OPEN 1, CLOSED 2, COMPLETED 4, CANCELLED 5. Draft partnerships and "
                            + "events are not published. activity-date: planned start 1 / end 3, actual start 2 / end 4 (event dates are "
                            + "the venue's local days). recipient-country: a partnership's countries (equal percentage shares), the "
                            + "deployment's host country, an on-site event's country; a partnership signed without a start date is "
                            + "planned from its signing. SDGs as `sector` vocabulary 7 (goals) and 8 (targets) with equal percentages, "
                            + "and as `tag` vocabulary 2 and 3. "
                            + "No volunteer is named. Every service must answer: a service that cannot be read gives 503 before anything is sent.")
    @APIResponse(
            responseCode = "200",
            description = "The activities",
            content =
                    @Content(
                            mediaType = XML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "activity",
                                            value =
                                                    "<iati-activities version=\"2.03\"><iati-activity hierarchy=\"1\">"
                                                            + "<iati-identifier>XM-SOUTHSOUTH-DEPLOYMENT-9b0c…</iati-identifier><participating-org "
                                                            + "role=\"4\" type=\"22\"><narrative xml:lang=\"zh\">尼泊尔青年志愿者</narrative></participating-org><activity-status code=\"2\"/>"
                                                            + "<recipient-country code=\"NP\" percentage=\"100\"/><sector vocabulary=\"7\" code=\"3\" percentage=\"100\"/>"
                                                            + "<tag vocabulary=\"2\" code=\"3\"/></iati-activity></iati-activities>")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller's role may not read this")
    @APIResponse(responseCode = "503", description = "A service the export needs cannot be read")
    public Response export() {
        Map<String, String> headers = CallerHeaders.of(routing);
        int size = config.iati().pageSize();
        Map<String, IatiActivities.Organization> organizations = new HashMap<>();
        for (JsonNode organization : new ServiceList(reader, "/api/v1/organizations", size, headers)) {
            organizations.put(
                    organization.path("id").asText(),
                    new IatiActivities.Organization(
                            organization.path("name").asText(),
                            organization.path("type").asText(null)));
        }
        ServiceList partnerships = new ServiceList(reader, "/api/v1/partnerships", size, headers);
        ServiceList deployments = new ServiceList(reader, "/api/v1/deployments", size, headers);
        ServiceList events = new ServiceList(reader, "/api/v1/events", size, headers);
        StreamingOutput body = out -> {
            try {
                IatiActivities activities = new IatiActivities(out, config.iati(), organizations);
                activities.begin();
                for (JsonNode partnership : partnerships) {
                    activities.partnership(partnership);
                }
                for (JsonNode deployment : deployments) {
                    activities.deployment(deployment);
                }
                for (JsonNode event : events) {
                    activities.event(event);
                }
                activities.end();
            } catch (XMLStreamException e) {
                throw new java.io.IOException(e);
            }
        };
        return Response.ok(body, XML + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"iati-activities.xml\"")
                .build();
    }
}
