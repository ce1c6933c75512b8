package org.southsouth.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Reads query parameters that JAX-RS would turn into a 404 when malformed; here a malformed filter is the
 * client's mistake, answered with 400 and the parameter's name.
 */
public final class QueryParameters {

    private QueryParameters() {}

    public static int page(String value) {
        Integer page = integer("page", value, 0, Page.MAX_PAGE);
        return page == null ? 0 : page;
    }

    public static int size(String value) {
        Integer size = integer("size", value, 1, Page.MAX_SIZE);
        return size == null ? 50 : size;
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ApiProblem.invalidField(name, "must be a whole number from " + min + " to " + max);
    }

    public static Integer wholeNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField(
                    name, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
    }

    /** An ISO 3166-1 alpha-2 country code, e.g. KE. */
    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CountryCodes.isCountry(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 3166-1 alpha-2 code such as KE");
        }
        return value.strip();
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> values) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(values, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be one of " + Arrays.toString(values.getEnumConstants()));
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.invalidField(name, "must be true or false");
        };
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be an ISO-8601 instant such as 2024-01-31T00:00:00Z");
        }
        if (!AcceptedDates.contains(instant)) {
            throw ApiProblem.invalidField(name, AcceptedDates.RULE);
        }
        return instant;
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be an ISO-8601 date such as 2024-01-31");
        }
        if (!AcceptedDates.contains(day)) {
            throw ApiProblem.invalidField(name, AcceptedDates.RULE);
        }
        return day;
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(name, "must be a UUID");
        }
    }
}
