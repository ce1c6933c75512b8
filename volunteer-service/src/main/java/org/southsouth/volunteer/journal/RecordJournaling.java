package org.southsouth.volunteer.journal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.postgres.JdbcRecordJournal;
import org.southsouth.security.EventOrigins;
import org.southsouth.volunteer.application.Application;
import org.southsouth.volunteer.deployment.Deployment;
import org.southsouth.volunteer.hours.ServiceHours;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.volunteer.Volunteer;
import org.southsouth.volunteer.volunteer.VolunteerRedaction;

/**
 * Journals volunteers, deployments, service hours, opportunities and applications in the transaction that changes
 * them, with who changed them. Call after the change is flushed, beside publishing its event.
 */
@ApplicationScoped
public class RecordJournaling {

    @Inject
    JdbcRecordJournal journal;

    @Inject
    JournalStates states;

    @Inject
    EventOrigins origins;

    public void written(Volunteer volunteer) {
        record(JournalFamily.VOLUNTEER, volunteer.id, ChangeKind.WRITTEN, states.of(volunteer));
    }

    public void written(Deployment deployment) {
        record(JournalFamily.DEPLOYMENT, deployment.id, ChangeKind.WRITTEN, states.of(deployment));
    }

    public void written(ServiceHours hours) {
        record(JournalFamily.SERVICE_HOURS, hours.id, ChangeKind.WRITTEN, states.of(hours));
    }

    public void written(Opportunity opportunity) {
        record(JournalFamily.OPPORTUNITY, opportunity.id, ChangeKind.WRITTEN, states.of(opportunity));
    }

    public void written(Application application) {
        record(JournalFamily.APPLICATION, application.id, ChangeKind.WRITTEN, states.of(application));
    }

    /**
     * The volunteer moved to another home organization: its deployments, hours and applications did not change, but
     * who may read them did, so they go through the changes feeds again (as current records, or out-of-scope
     * tombstones).
     */
    public void readersChanged(Volunteer volunteer) {
        // Locked as a change of them would be: an entry must not carry a state older than the one before it.
        Deployment.<Deployment>find("volunteerId", volunteer.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(this::written);
        ServiceHours.<ServiceHours>find("volunteerId", volunteer.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(this::written);
        Application.<Application>find("volunteerId", volunteer.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(this::written);
    }

    /** The opportunity has another host: the host reads its applications, so they go through the feed again. */
    public void readersChanged(Opportunity opportunity) {
        Application.<Application>find("opportunityId", opportunity.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(this::written);
    }

    /**
     * The volunteer was erased (the live rows already redacted): every earlier state of it and of its hours gets the
     * same redaction. The volunteer records an ERASED entry; its hours stay records of the network, so theirs is a
     * change (its redacted activity reaches the mirrors) that retention keeps like any other. Deployments carry no
     * personal values of the volunteer. Its applications lose their motivation in every state, and record a change
     * like its hours.
     */
    public void erased(Volunteer volunteer, List<ServiceHours> hours, List<Application> applications) {
        UUID id = volunteer.id;
        journal.redactRecord(JournalFamily.VOLUNTEER.key(), id, state -> VolunteerRedaction.volunteerState(state, id));
        record(JournalFamily.VOLUNTEER, id, ChangeKind.ERASED, states.of(volunteer));
        for (ServiceHours entry : hours) {
            // An entry never changes volunteer: the volunteer's entries now are all that ever named it.
            journal.redactRecord(JournalFamily.SERVICE_HOURS.key(), entry.id, VolunteerRedaction::hoursState);
            written(entry);
        }
        for (Application application : applications) {
            journal.redactRecord(JournalFamily.APPLICATION.key(), application.id, VolunteerRedaction::applicationState);
            written(application);
        }
    }

    private void record(JournalFamily family, UUID id, ChangeKind kind, JsonNode state) {
        journal.record(family.key(), id, kind, state, origins.current());
    }
}
