package org.southsouth.system.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;

/** Fails the request of a system test whose answer the merged OpenAPI document does not promise. */
public final class ContractCheckingFilter implements Filter {

    private final OpenApiContract contract;

    public ContractCheckingFilter(OpenApiContract contract) {
        this.contract = contract;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (DocumentedSurface.covers(path)) {
            List<String> violations = contract.violations(
                    request.getMethod(), path, response.statusCode(), response.contentType(), response.asString());
            if (!violations.isEmpty()) {
                throw new AssertionError("The answer breaks the OpenAPI document:\n" + String.join("\n", violations));
            }
        }
        return response;
    }
}
