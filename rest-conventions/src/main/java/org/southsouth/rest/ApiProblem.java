package org.southsouth.rest;

import java.util.List;

/** A client-visible failure: thrown anywhere, it becomes a problem+json response with its status. */
public class ApiProblem extends RuntimeException {

    private static final String TYPE_BASE = "https://southsouth.org/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> fieldErrors;

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = TYPE_BASE + slug;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Resource not found", what + " " + id + " does not exist", List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Not allowed", detail, List.of());
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Request is not valid", detail, List.of());
    }

    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(
                400,
                "validation",
                "Request is not valid",
                field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "conflict", "Conflicts with the current state", detail, List.of());
    }

    public static ApiProblem unprocessable(String slug, String detail) {
        return new ApiProblem(422, slug, "Request cannot be processed", detail, List.of());
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "precondition-failed", "Precondition failed", detail, List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, fieldErrors);
    }

    public int status() {
        return status;
    }
}
