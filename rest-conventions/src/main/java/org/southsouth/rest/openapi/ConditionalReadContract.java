package org.southsouth.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What {@code ConditionalReadFilter} does, said in the document: every read answering JSON carries an {@code ETag},
 * takes {@code If-None-Match} and may answer 304 without a body.
 */
final class ConditionalReadContract {

    static final String NOT_MODIFIED = "NotModified";
    private static final String IF_NONE_MATCH = "IfNoneMatch";

    private ConditionalReadContract() {}

    static void declare(Components components) {
        components.addParameter(
                IF_NONE_MATCH,
                OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description(
                                "An ETag from an earlier answer (or several, comma-separated); 304 without a body while the answer would be the same")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .example("\"3\""));
        components.addResponse(
                NOT_MODIFIED,
                OASFactory.createAPIResponse()
                        .description("Not modified: the representation still has the ETag sent in If-None-Match")
                        .addHeader(ContractHeaders.ETAG, ContractHeaders.ref(ContractHeaders.ETAG))
                        .addHeader(ContractHeaders.REQUEST_ID, ContractHeaders.ref(ContractHeaders.REQUEST_ID)));
    }

    static void apply(Operation read) {
        APIResponse ok =
                read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        if (ok == null
                || ok.getContent() == null
                || ok.getContent().getMediaTypes().keySet().stream().noneMatch(ConditionalReadContract::isJson)) {
            return;
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey(ContractHeaders.ETAG)) {
            ok.addHeader(ContractHeaders.ETAG, ContractHeaders.ref(ContractHeaders.ETAG));
        }
        boolean declared = read.getParameters() != null
                && read.getParameters().stream()
                        .anyMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName())
                                || ("#/components/parameters/" + IF_NONE_MATCH).equals(p.getRef()));
        if (!declared) {
            read.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + IF_NONE_MATCH));
        }
        read.getResponses()
                .addAPIResponse("304", OASFactory.createAPIResponse().ref("#/components/responses/" + NOT_MODIFIED));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.startsWith("application/json") || mediaType.contains("+json");
    }
}
