package org.southsouth.volunteer.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.southsouth.journal.postgres.JournalBackfill;
import org.southsouth.journal.postgres.UnjournaledRecords;
import org.southsouth.volunteer.application.Application;
import org.southsouth.volunteer.deployment.Deployment;
import org.southsouth.volunteer.hours.ServiceHours;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * Journals the volunteers, deployments, hour entries, opportunities and applications stored before the journal (or
 * before their family's journal) existed, once each.
 */
@ApplicationScoped
public class VolunteerJournalBackfill implements JournalBackfill {

    @Inject
    UnjournaledRecords unjournaled;

    @Inject
    EntityManager entityManager;

    @Inject
    RecordJournaling journaling;

    @Override
    public int backfill() {
        // An erased volunteer stays out, as tombstone retention leaves it: in no mirror, with no history.
        return unjournaled.journal(
                        "volunteer",
                        "r.status <> 'ERASED'",
                        JournalFamily.VOLUNTEER.key(),
                        id -> journaling.written(entityManager.find(Volunteer.class, id)))
                + unjournaled.journal(
                        "deployment",
                        JournalFamily.DEPLOYMENT.key(),
                        id -> journaling.written(entityManager.find(Deployment.class, id)))
                + unjournaled.journal(
                        "service_hours",
                        JournalFamily.SERVICE_HOURS.key(),
                        id -> journaling.written(entityManager.find(ServiceHours.class, id)))
                + unjournaled.journal(
                        "opportunity",
                        JournalFamily.OPPORTUNITY.key(),
                        id -> journaling.written(entityManager.find(Opportunity.class, id)))
                + unjournaled.journal(
                        "application",
                        JournalFamily.APPLICATION.key(),
                        id -> journaling.written(entityManager.find(Application.class, id)));
    }
}
