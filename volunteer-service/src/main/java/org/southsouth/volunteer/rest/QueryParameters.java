package org.southsouth.volunteer.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import org.southsouth.rest.ApiProblem;
import org.southsouth.volunteer.rest.validation.IsoCodeValidators;

/**
 * Reads filter values from query strings. JAX-RS answers 404 to a query parameter it cannot convert; a filter
 * the client got wrong is a 400 that names it.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!IsoCodeValidators.isCountry(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 3166-1 alpha-2 country code such as KE");
        }
        return value.strip();
    }

    static String language(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!IsoCodeValidators.isLanguage(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 639-1 language code such as fr");
        }
        return value.strip();
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be a UUID");
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be an ISO-8601 date such as 2027-01-31");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.invalidField(name, "must be true or false");
        };
    }
}
