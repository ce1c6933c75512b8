package org.southsouth.partner.rest;

import org.southsouth.reference.Countries;
import org.southsouth.reference.OrganisationTypes;
import org.southsouth.rest.ApiProblem;

/** Codes in query parameters, checked against their lists (ISO 3166-1, IATI OrganisationType); a wrong one is a 400 naming it. */
public final class CodeParameters {

    private CodeParameters() {}

    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Countries.exists(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an ISO 3166-1 alpha-2 country code such as CN");
        }
        return value.strip();
    }

    public static String organisationType(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!OrganisationTypes.exists(value.strip())) {
            throw ApiProblem.invalidField(name, "must be an IATI OrganisationType code such as 22");
        }
        return value.strip();
    }
}
