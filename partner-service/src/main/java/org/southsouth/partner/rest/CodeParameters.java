package org.southsouth.partner.rest;

import org.southsouth.reference.OrganisationTypes;
import org.southsouth.rest.ApiProblem;

/** An IATI OrganisationType code in a query parameter, checked against the list; a wrong one is a 400 naming it. */
public final class CodeParameters {

    private CodeParameters() {}

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
