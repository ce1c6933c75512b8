package org.southsouth.rest.openapi;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.southsouth.rest.Problem;

/**
 * What every service's OpenAPI document says alike, registered in each with {@code mp.openapi.filter}: the problem
 * responses and common headers declared once as components and referenced by every operation that may answer
 * them; the 400 and 410 of every changes feed and what every batch answers as a whole; conditional reads on every
 * JSON read; 415 wherever a body is read and 406 wherever a body is produced; merge-patch bodies with schemas of their
 * own; local date-times as the strings they are; list parameters typed alike; no schema of Jackson's tree model.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        ProblemSchema.declare(components);
        ContractHeaders.declare(components);
        ConditionalReadContract.declare(components);
        for (StandardResponse standard : StandardResponse.values()) {
            components.addResponse(standard.component, declaration(standard));
        }
        TypeSchemas.apply(components);
        Set<String> patchedFields = new HashSet<>();
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                item.getOperations().values().forEach(operation -> describe(operation, components, patchedFields));
                if (item.getGET() != null) {
                    ConditionalReadContract.apply(item.getGET());
                }
            }
        }
        MergePatchSchemas.dropUnreferenced(openAPI, patchedFields);
    }

    /** A nullable reference is scanned as anyOf the reference and null beside a type; the anyOf alone says it. */
    @Override
    public Schema filterSchema(Schema schema) {
        TypeSchemas.anyValueForJsonNode(schema);
        if (schema.getAnyOf() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    private static void describe(Operation operation, Components components, Set<String> patchedFields) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(TypeSchemas::referenceOnly);
            operation.getParameters().forEach(ListParameters::type);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        ChangeFeedResponses.apply(operation, responses);
        BulkResponses.apply(operation, responses);
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, StandardResponse.BAD_REQUEST);
            addIfAbsent(responses, StandardResponse.UNSUPPORTED_MEDIA_TYPE);
        }
        boolean producesContent = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
        if (producesContent) {
            addIfAbsent(responses, StandardResponse.NOT_ACCEPTABLE);
        }
        for (Map.Entry<String, APIResponse> entry :
                Map.copyOf(responses.getAPIResponses()).entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            var standard = StandardResponse.of(entry.getKey());
            if (standard.isPresent() && isProblem(response)) {
                responses.addAPIResponse(entry.getKey(), reference(standard.get(), response.getDescription()));
            } else {
                response.addHeader(ContractHeaders.REQUEST_ID, ContractHeaders.ref(ContractHeaders.REQUEST_ID));
                if ("201".equals(entry.getKey()) && !response.getHeaders().containsKey(ContractHeaders.LOCATION)) {
                    response.addHeader(ContractHeaders.LOCATION, ContractHeaders.ref(ContractHeaders.LOCATION));
                }
                ContractHeaders.share(response);
            }
        }
        MergePatchSchemas.apply(operation, components, patchedFields);
    }

    /** Declared without a body (the body is the shared one), or with a problem body. */
    private static boolean isProblem(APIResponse response) {
        return response.getContent() == null
                || response.getContent().getMediaTypes().isEmpty()
                || response.getContent().getMediaTypes().keySet().equals(Set.of(Problem.MEDIA_TYPE));
    }

    private static void addIfAbsent(APIResponses responses, StandardResponse standard) {
        if (!responses.hasAPIResponse(standard.status)) {
            responses.addAPIResponse(standard.status, reference(standard, null));
        }
    }

    /** What a kind of operation means by a standard status, over what the scanner added on its own. */
    static void describe(APIResponses responses, StandardResponse standard, String description) {
        APIResponse declared = responses.getAPIResponse(standard.status);
        if (declared == null) {
            responses.addAPIResponse(standard.status, reference(standard, description));
        } else {
            declared.setDescription(description);
        }
    }

    /** An operation's own description of the status (what it means there) stays beside the reference. */
    private static APIResponse reference(StandardResponse standard, String description) {
        APIResponse reference = OASFactory.createAPIResponse().ref(standard.ref());
        if (description != null && !description.isBlank()) {
            reference.setDescription(description);
        }
        return reference;
    }

    private static APIResponse declaration(StandardResponse standard) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(standard.description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ProblemSchema.REF))))
                .addHeader(ContractHeaders.REQUEST_ID, ContractHeaders.ref(ContractHeaders.REQUEST_ID));
        if (standard.retryAfter) {
            response.addHeader(ContractHeaders.RETRY_AFTER, ContractHeaders.ref(ContractHeaders.RETRY_AFTER));
        }
        return response;
    }
}
