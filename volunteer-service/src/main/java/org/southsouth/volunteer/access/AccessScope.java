package org.southsouth.volunteer.access;

import java.util.Objects;
import java.util.UUID;
import org.southsouth.failure.Forbidden;
import org.southsouth.failure.NotFound;
import org.southsouth.volunteer.deployment.Deployment;
import org.southsouth.volunteer.deployment.DeploymentStatus;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * Whose records a caller reaches, and what it may do with them. Everything for network staff (and reporters where
 * only ids and figures are shown); for a partner, its organization's nominees (the volunteers whose home
 * organization it is) and, for deployments, also those its organization sends or hosts; for a volunteer client,
 * its own records. Records out of reach are answered as if they did not exist, so ids cannot be probed; records in
 * reach that the caller may not change are refused with 403.
 *
 * @param organizationId the partner's organization, when the caller is a partner
 * @param volunteerId    the volunteer itself, when the caller is a volunteer client
 */
public record AccessScope(UUID organizationId, UUID volunteerId) {

    public static final AccessScope EVERYTHING = new AccessScope(null, null);

    public static AccessScope partner(UUID organizationId) {
        return new AccessScope(Objects.requireNonNull(organizationId), null);
    }

    public static AccessScope volunteer(UUID volunteerId) {
        return new AccessScope(null, Objects.requireNonNull(volunteerId));
    }

    public boolean everything() {
        return organizationId == null && volunteerId == null;
    }

    /** Staff, the partner whose nominee this is, or the volunteer itself. */
    public boolean reaches(Volunteer volunteer) {
        return everything() || nominates(volunteer) || volunteer.id.equals(volunteerId);
    }

    /** Also the partners of the sending and the host organization. */
    public boolean reaches(Deployment deployment, Volunteer volunteer) {
        return reaches(volunteer)
                || (organizationId != null
                        && (organizationId.equals(deployment.sendingOrganizationId)
                                || organizationId.equals(deployment.hostOrganizationId)));
    }

    /** The volunteer, or 404 as if it did not exist when out of reach. */
    public Volunteer require(Volunteer volunteer) {
        if (!reaches(volunteer)) {
            throw new NotFound("Volunteer", volunteer.id);
        }
        return volunteer;
    }

    /** The home organization of a new volunteer: a partner registers its own nominees, by default and only. */
    public UUID homeOrganizationOfNew(UUID requested) {
        if (volunteerId != null) {
            throw new Forbidden("Volunteers are registered by their home organization or by network staff.");
        }
        if (organizationId != null && requested != null && !requested.equals(organizationId)) {
            throw new Forbidden("A partner registers volunteers with its own organization " + organizationId
                    + " as home organization.");
        }
        return organizationId == null ? requested : organizationId;
    }

    public void requireMayRehome(Volunteer volunteer, UUID newHomeOrganization) {
        if (!everything() && !Objects.equals(volunteer.homeOrganizationId, newHomeOrganization)) {
            throw new Forbidden("Only network staff move a volunteer to another home organization.");
        }
    }

    /** Erasure is the volunteer's right: the volunteer asks for it itself, or network staff carry it out. */
    public void requireMayErase(Volunteer volunteer) {
        if (!everything() && !volunteer.id.equals(volunteerId)) {
            throw new Forbidden("Only the volunteer itself or network staff may erase a volunteer's personal data.");
        }
    }

    /** Staff, or the partner of the sending organization planning one of its own nominees; 403 alike for unknown volunteers. */
    public void requireMayPlan(UUID sendingOrganizationId, Volunteer volunteer) {
        if (everything()) {
            return;
        }
        if (organizationId == null) {
            throw new Forbidden("Deployments are planned by the sending organization or by network staff.");
        }
        if (!organizationId.equals(sendingOrganizationId)) {
            throw new Forbidden("A partner plans the deployments its own organization " + organizationId + " sends.");
        }
        if (volunteer == null || !nominates(volunteer)) {
            throw new Forbidden(
                    "A partner plans deployments of its own nominees only (volunteers whose home organization it is).");
        }
    }

    /** Staff and the sending organization re-plan a deployment. */
    public void requireMayReplan(Deployment deployment) {
        if (!sends(deployment)) {
            throw new Forbidden("Only network staff and the sending organization re-plan a deployment.");
        }
    }

    /**
     * Staff and the sending organization move a deployment along its lifecycle; the host organization may only
     * confirm that the volunteer started serving with it (ACTIVE), as it is the one that sees the volunteer arrive.
     */
    public void requireMayMove(Deployment deployment, DeploymentStatus next) {
        boolean hostConfirmingArrival = next == DeploymentStatus.ACTIVE
                && organizationId != null
                && organizationId.equals(deployment.hostOrganizationId);
        if (!sends(deployment) && !hostConfirmingArrival) {
            throw new Forbidden("Only network staff and the sending organization move a deployment along its lifecycle"
                    + " (the host organization may only make it ACTIVE).");
        }
    }

    /** A partner cannot hand its deployment over to another sending organization. */
    public void requireMayKeepSending(UUID sendingOrganizationId) {
        if (organizationId != null && !organizationId.equals(sendingOrganizationId)) {
            throw new Forbidden("Only network staff change the sending organization of a deployment.");
        }
    }

    /** Staff, the partner whose nominee this is, or the volunteer itself; 403 alike for unknown volunteers. */
    public void requireMayLogHoursFor(Volunteer volunteer) {
        if (!everything() && (volunteer == null || !reaches(volunteer))) {
            throw new Forbidden("Hours are logged by the volunteer itself, its home organization or network staff.");
        }
    }

    private boolean sends(Deployment deployment) {
        return everything() || (organizationId != null && organizationId.equals(deployment.sendingOrganizationId));
    }

    private boolean nominates(Volunteer volunteer) {
        return organizationId != null && organizationId.equals(volunteer.homeOrganizationId);
    }
}
