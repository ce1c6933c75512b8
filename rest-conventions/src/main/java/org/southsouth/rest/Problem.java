package org.southsouth.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, with the fields that failed validation when there are any. Its OpenAPI schema
 * is declared once for every service by {@link org.southsouth.rest.openapi.ContractFilter}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}
}
