package org.southsouth.rest.openapi;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.southsouth.rest.bulk.BulkDescriptions;
import org.southsouth.rest.idempotency.IdempotentRequests;

/**
 * What every batch operation says alike, declared once here instead of on each: its Idempotency-Key and the answers
 * for the batch as a whole. A batch operation is one whose 200 is a {@code BulkResult}.
 */
final class BulkResponses {

    private static final String BULK_RESULT = "#/components/schemas/BulkResult";

    private BulkResponses() {}

    static void apply(Operation operation, APIResponses responses) {
        if (!answersBulkResult(responses.getAPIResponse("200"))) {
            return;
        }
        ContractFilter.describe(responses, StandardResponse.BAD_REQUEST, BulkDescriptions.TOO_MANY);
        ContractFilter.describe(responses, StandardResponse.CONFLICT, BulkDescriptions.KEY_RUNNING);
        ContractFilter.describe(responses, StandardResponse.CONTENT_TOO_LARGE, BulkDescriptions.TOO_LARGE);
        ContractFilter.describe(responses, StandardResponse.UNPROCESSABLE_CONTENT, BulkDescriptions.KEY_REUSED);
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.HEADER && IdempotentRequests.HEADER.equals(p.getName()))
                    .forEach(p -> p.setDescription(BulkDescriptions.KEY));
        }
    }

    private static boolean answersBulkResult(APIResponse ok) {
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        return ok.getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .anyMatch(schema -> schema != null && BULK_RESULT.equals(schema.getRef()));
    }
}
