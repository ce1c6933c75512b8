package org.southsouth.volunteer.application;

import org.southsouth.failure.Forbidden;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.OpportunityAccess;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * Who reaches and moves applications: staff all; the volunteer its own; its home organization (and the partner that
 * nominated it) its nominees'; the host organization the applications to its opportunities. The host shortlists,
 * offers and rejects; the volunteer, or its home organization on its behalf, accepts, declines and withdraws.
 * Reporters only see figures.
 */
public final class ApplicationAccess {

    private ApplicationAccess() {}

    public static boolean reaches(
            AccessScope scope, Application application, Volunteer volunteer, Opportunity opportunity) {
        return actsForVolunteer(scope, application, volunteer) || OpportunityAccess.manages(scope, opportunity);
    }

    /** Staff, a partner for one of its nominees, or a volunteer client for itself; 403 alike for unknown volunteers. */
    public static void requireMayApplyFor(AccessScope scope, Volunteer volunteer) {
        if (!scope.everything() && (volunteer == null || !scope.reaches(volunteer))) {
            throw new Forbidden("A volunteer applies for itself; a partner nominates its own nominees (volunteers "
                    + "whose home organization it is).");
        }
    }

    public static void requireMayMove(
            AccessScope scope,
            Application application,
            Volunteer volunteer,
            Opportunity opportunity,
            ApplicationStatus next) {
        if (next.hostsMove()
                ? !OpportunityAccess.manages(scope, opportunity)
                : !actsForVolunteer(scope, application, volunteer)) {
            throw new Forbidden(
                    next.hostsMove()
                            ? "Only network staff and the host organization shortlist, offer or reject."
                            : "Only the volunteer, its home organization or network staff accept, decline or withdraw.");
        }
    }

    private static boolean actsForVolunteer(AccessScope scope, Application application, Volunteer volunteer) {
        return scope.reaches(volunteer)
                || (scope.organizationId() != null
                        && scope.organizationId().equals(application.nominatedByOrganizationId));
    }
}
