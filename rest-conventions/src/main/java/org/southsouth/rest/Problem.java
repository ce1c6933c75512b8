package org.southsouth.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, with the fields that failed validation when there are any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://southsouth.org/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "country: must be an ISO 3166-1 alpha-2 code")
        String detail,
        @Schema(description = "The request path", example = "/api/v1/organizations")
        String instance,
        @Schema(description = "Fields that failed validation")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "country") String field,
            @Schema(example = "must be an ISO 3166-1 alpha-2 code") String message) {
    }
}
