package org.southsouth.volunteer.rest;

import org.southsouth.rest.ApiProblem;
import org.southsouth.volunteer.rest.validation.IsoCodeValidators;

/** An ISO 639-1 language code in a query parameter, checked against the list; a wrong one is a 400 naming it. */
public final class CodeParameters {

    private CodeParameters() {}

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
