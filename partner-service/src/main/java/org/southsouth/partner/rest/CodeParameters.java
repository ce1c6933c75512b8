package org.southsouth.partner.rest;

import org.southsouth.partner.domain.Countries;
import org.southsouth.rest.ApiProblem;

/** Country codes in query parameters, checked against the ISO 3166-1 list; a wrong one is a 400 naming it. */
final class CodeParameters {

    private CodeParameters() {
    }

    static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Countries.exists(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 3166-1 alpha-2 country code such as CN");
        }
        return value.strip();
    }
}
