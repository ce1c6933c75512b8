package org.southsouth.rest.openapi;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every changes feed answers besides its page, declared once here instead of on each feed: a feed is an
 * operation taking the {@code cursor} query parameter (record-journal's {@code ChangeFeedParameters}).
 */
final class ChangeFeedResponses {

    static final String BAD_CURSOR =
            "The cursor is not one this feed issued, or limit is out of range; the field error names which";
    static final String GONE = "The cursor is older than the journal keeps: read the feed again without a cursor and"
            + " replace the mirror with what it returns";

    private ChangeFeedResponses() {}

    static void apply(Operation operation, APIResponses responses) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(ChangeFeedResponses::isCursor)) {
            ContractFilter.describe(responses, StandardResponse.BAD_REQUEST, BAD_CURSOR);
            ContractFilter.describe(responses, StandardResponse.GONE, GONE);
        }
    }

    private static boolean isCursor(Parameter parameter) {
        return parameter.getIn() == Parameter.In.QUERY && "cursor".equals(parameter.getName());
    }
}
