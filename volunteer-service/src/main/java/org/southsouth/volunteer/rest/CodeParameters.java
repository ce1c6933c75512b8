package org.southsouth.volunteer.rest;

import org.southsouth.rest.ApiProblem;
import org.southsouth.volunteer.rest.validation.IsoCodeValidators;

/** Country and language codes in query parameters, checked against the ISO lists; a wrong one is a 400 naming it. */
public final class CodeParameters {

    private CodeParameters() {}

    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!IsoCodeValidators.isCountry(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 3166-1 alpha-2 country code such as KE");
        }
        return value.strip();
    }

    public static String language(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!IsoCodeValidators.isLanguage(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 639-1 language code such as fr");
        }
        return value.strip();
    }
}
