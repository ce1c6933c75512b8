package org.southsouth.events.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import org.southsouth.rest.ApiProblem;

/**
 * Typed query parameters that answer 400 with the parameter's name when malformed (JAX-RS itself would answer
 * 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be a UUID");
        }
    }

    static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiProblem.invalidField(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }
}
