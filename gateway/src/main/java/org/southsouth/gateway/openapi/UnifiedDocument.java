package org.southsouth.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.southsouth.gateway.limits.BatchCost;

/**
 * The platform's one OpenAPI document: the services' documents (in service-name order, so renames are stable)
 * and the gateway's own, merged for clients of the gateway at {@code publicUrl}. The live document and the one
 * the build generates its client from are both made here, so they cannot drift apart.
 */
public final class UnifiedDocument {

    private static final String TITLE = "South-South Volunteer Partnership Network API";
    private static final String VERSION = "1.0";
    private static final String DESCRIPTION =
            "One API for the network's partners, mobile backends and reporting tools: "
                    + "organizations and partnerships, volunteers and deployments, knowledge-exchange events and knowledge products."
                    + "\n\n## Rate limits\n\nEach client may make its own number of requests per minute (600 unless its record "
                    + "says otherwise), in bursts of up to the same number; every answer says what is left in RateLimit-Limit, "
                    + "RateLimit-Remaining and RateLimit-Reset, and a refused call gets 429 with Retry-After. A conditional read "
                    + "answered 304 costs nothing. A batch (POST .../bulk, up to 500 items) counts as 1 request plus 1 per "
                    + "started " + BatchCost.BYTES_PER_REQUEST / 1024 + " KiB (" + BatchCost.BYTES_PER_REQUEST
                    + " bytes) of "
                    + "request body, never more than the client's per-minute limit: e.g. 500 volunteers (about 263 KiB) cost 4 "
                    + "requests. The gateway reads the size from Content-Length, which a batch must send (411 without it).";

    private UnifiedDocument() {}

    public static ObjectNode merge(Map<String, JsonNode> serviceDocuments, JsonNode gatewayDocument, String publicUrl) {
        OpenApiMerger merger = new OpenApiMerger(TITLE, VERSION, DESCRIPTION, publicUrl);
        serviceDocuments.forEach(merger::add);
        merger.addGateway(gatewayDocument, publicUrl + "/oauth2/token");
        return merger.result();
    }
}
