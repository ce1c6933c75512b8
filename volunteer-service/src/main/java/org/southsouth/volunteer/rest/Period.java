package org.southsouth.volunteer.rest;

import java.time.LocalDate;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.QueryParameters;

/** The from/to query parameters of figures: ISO dates, both included, each optional, to not before from. */
public record Period(LocalDate from, LocalDate to) {

    public static Period of(String from, String to) {
        Period period = new Period(QueryParameters.date("from", from), QueryParameters.date("to", to));
        if (period.from != null && period.to != null && period.to.isBefore(period.from)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        return period;
    }
}
