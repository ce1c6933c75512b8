package org.southsouth.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.gateway.config.GatewaySettings;
import org.southsouth.rest.ApiProblem;

/** The platform's one OpenAPI document, merged live from the services' own. */
@Path("/openapi")
@Tag(name = "API documentation", description = "This document: every operation of the platform")
public class UnifiedOpenApiResource {

    private static final String YAML = "application/yaml";
    private static final YAMLMapper YAML_MAPPER = new YAMLMapper();

    @Inject
    ServiceDocuments documents;

    @Inject
    GatewaySettings config;

    @GET
    @Produces({MediaType.APPLICATION_JSON, YAML})
    @Operation(
            operationId = "getOpenApiDocument",
            summary = "The unified OpenAPI document",
            description =
                    "Every operation of every service, as the services describe themselves now. JSON by default; YAML with `?format=yaml` or `Accept: application/yaml`.")
    @APIResponse(responseCode = "200", description = "The OpenAPI 3.1 document")
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response document(@QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers)
            throws JsonProcessingException {
        ObjectNode merged = UnifiedDocument.merge(documents.current(), documents.gateway(), config.publicUrl());
        boolean yaml = "yaml".equalsIgnoreCase(format)
                || (format == null
                        && headers.getAcceptableMediaTypes().stream()
                                .anyMatch(t -> t.toString().startsWith(YAML)));
        if (format != null && !yaml && !"json".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", "must be json or yaml");
        }
        return yaml
                ? Response.ok(YAML_MAPPER.writeValueAsString(merged), YAML).build()
                : Response.ok(merged, MediaType.APPLICATION_JSON).build();
    }
}
