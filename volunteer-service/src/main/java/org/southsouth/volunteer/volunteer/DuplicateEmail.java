package org.southsouth.volunteer.volunteer;

import org.southsouth.failure.StateConflict;

/** The one answer to an email already in use, whether a query or the unique index noticed it. */
public final class DuplicateEmail {

    public static final String CONSTRAINT = "volunteer_email_unique";

    private DuplicateEmail() {}

    public static StateConflict conflict() {
        return new StateConflict(
                "A volunteer with this email is already registered (emails are compared ignoring case)");
    }
}
