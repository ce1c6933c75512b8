package org.southsouth.gateway.openapi;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The platform's one OpenAPI document: the services' documents (in service-name order, so renames are stable)
 * and the gateway's own, merged for clients of the gateway at {@code publicUrl}. The live document and the one
 * the build generates its client from are both made here, so they cannot drift apart.
 */
public final class UnifiedDocument {

    private static final String TITLE = "South-South Volunteer Partnership Network API";
    private static final String VERSION = "1.0";
    private static final String DESCRIPTION = "One API for the network's partners, mobile backends and reporting tools: "
            + "organizations and partnerships, volunteers and deployments, knowledge-exchange events and knowledge products.";

    private UnifiedDocument() {
    }

    public static ObjectNode merge(Map<String, JsonNode> serviceDocuments, JsonNode gatewayDocument, String publicUrl) {
        OpenApiMerger merger = new OpenApiMerger(TITLE, VERSION, DESCRIPTION, publicUrl);
        serviceDocuments.forEach(merger::add);
        merger.addGateway(gatewayDocument, publicUrl + "/oauth2/token");
        return merger.result();
    }
}
