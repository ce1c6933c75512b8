package org.southsouth.rest.openapi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The error statuses every API answers alike: an RFC 9457 problem body, declared once in
 * {@code components.responses} and referenced by each operation that may return it.
 */
public enum StandardResponse {
    BAD_REQUEST(
            "400",
            "BadRequest",
            "The request is not valid: malformed JSON, a wrong type, an unknown field or an "
                    + "invalid value; field errors name each",
            false),
    UNAUTHORIZED("401", "Unauthorized", "No valid bearer token", false),
    FORBIDDEN("403", "Forbidden", "The caller's roles or organization may not make this call", false),
    NOT_FOUND("404", "NotFound", "No such resource, or none the caller may see", false),
    NOT_ACCEPTABLE("406", "NotAcceptable", "None of the media types in Accept can be produced", false),
    CONFLICT(
            "409",
            "Conflict",
            "The resource's current state does not allow this, or a request with the same "
                    + "Idempotency-Key is still running",
            false),
    GONE(
            "410",
            "Gone",
            "What the request names is no longer kept (e.g. a changes-feed cursor retention overtook); the "
                    + "problem says how to start again",
            false),
    PRECONDITION_FAILED(
            "412", "PreconditionFailed", "If-Match does not name the current revision; nothing changed", false),
    CONTENT_TOO_LARGE("413", "ContentTooLarge", "The request body is larger than the gateway accepts", false),
    URI_TOO_LONG("414", "UriTooLong", "The request URI is longer than the gateway accepts", false),
    UNSUPPORTED_MEDIA_TYPE(
            "415", "UnsupportedMediaType", "The body's Content-Type is not one this operation accepts", false),
    UNPROCESSABLE_CONTENT(
            "422",
            "UnprocessableContent",
            "The request is well-formed but breaks a rule, or an "
                    + "Idempotency-Key was reused for a different request",
            false),
    TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many requests; retry after Retry-After seconds", true),
    SERVICE_UNAVAILABLE(
            "503",
            "ServiceUnavailable",
            "The service is unavailable or its circuit is open; retry after " + "Retry-After seconds",
            true),
    GATEWAY_TIMEOUT(
            "504", "GatewayTimeout", "The service did not answer in time; retry after Retry-After seconds", true);

    static final String COMPONENTS = "#/components/responses/";

    final String status;
    final String component;
    final String description;
    final boolean retryAfter;

    StandardResponse(String status, String component, String description, boolean retryAfter) {
        this.status = status;
        this.component = component;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static Optional<StandardResponse> of(String status) {
        return Arrays.stream(values()).filter(r -> r.status.equals(status)).findFirst();
    }

    public String status() {
        return status;
    }

    public String ref() {
        return COMPONENTS + component;
    }
}
