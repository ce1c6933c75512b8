package org.southsouth.volunteer.service;

import org.southsouth.rest.ApiProblem;

/** The one answer to an email already in use, whether a query or the unique index noticed it. */
public final class DuplicateEmail {

    public static final String CONSTRAINT = "volunteer_email_unique";

    private DuplicateEmail() {}

    public static ApiProblem problem() {
        return ApiProblem.conflict(
                "A volunteer with this email is already registered (emails are compared ignoring case)");
    }
}
