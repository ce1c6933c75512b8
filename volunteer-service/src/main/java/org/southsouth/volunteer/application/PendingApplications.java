package org.southsouth.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.volunteer.messaging.ApplicationOutbox;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.StatusStep;

/**
 * Tells the applications still waiting for a decision that the opportunity was filled or cancelled: each becomes
 * REJECTED with the reason, taken by the service, and publishes ApplicationStatusChanged. Runs under the
 * opportunity's row lock, which every application change takes first, so no application moves meanwhile.
 */
@ApplicationScoped
public class PendingApplications {

    @Inject
    ApplicationOutbox outbox;

    @Inject
    ApplicationStore store;

    public void reject(Opportunity opportunity, String reason) {
        List<Application> pending = store.pendingForUpdate(opportunity.id);
        for (Application application : pending) {
            application.moveTo(ApplicationStatus.REJECTED, StatusStep.BY_SERVICE, reason);
        }
        Application.flush();
        for (Application application : pending) {
            outbox.publish(VolunteerEvents.APPLICATION_STATUS_CHANGED, application, opportunity);
        }
    }
}
