package org.southsouth.volunteer.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.failure.Forbidden;
import org.southsouth.security.Caller;
import org.southsouth.security.Role;

/** The {@link AccessScope} of the caller of the current request, from the token the service verified itself. */
@ApplicationScoped
public class CallerAccess {

    @Inject
    Caller caller;

    /** For volunteers' records and service hours: staff, partners and volunteer clients; 403 for everyone else. */
    public AccessScope records() {
        if (caller.isStaff()) {
            return AccessScope.EVERYTHING;
        }
        if (caller.partnerOrganization().isPresent()) {
            return AccessScope.partner(caller.partnerOrganization().get());
        }
        if (caller.selfVolunteer().isPresent()) {
            return AccessScope.volunteer(caller.selfVolunteer().get());
        }
        throw new Forbidden("This token reads figures only (statistics and totals), not volunteers' records.");
    }

    /** For deployments and hour totals, which show no personal data beyond ids: reporters read them all. */
    public AccessScope reporting() {
        return caller.has(Role.REPORTER) ? AccessScope.EVERYTHING : records();
    }

    /** For ranking volunteers against a need: staff, and partners among their nominees. */
    public AccessScope staffOrPartner(String action) {
        AccessScope scope = records();
        if (scope.volunteerId() != null) {
            throw new Forbidden("Only network staff and partners may " + action + ".");
        }
        return scope;
    }

    public void requireStaff(String action) {
        caller.requireStaff(action);
    }
}
