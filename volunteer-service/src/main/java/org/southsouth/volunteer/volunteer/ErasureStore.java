package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.southsouth.contracts.Topics;

/**
 * Personal data that outlives the volunteer's own rows: copies in outbox events (sent ones are kept a while,
 * unsent ones are still to go) and in responses kept for Idempotency-Key replays. Runs in the erasure's transaction.
 */
@ApplicationScoped
public class ErasureStore {

    @Inject
    EntityManager entityManager;

    public void scrub(UUID volunteerId, String anonymousName, String erasedText) {
        entityManager
                .createNativeQuery(
                        "UPDATE outbox_event SET envelope = jsonb_set(envelope, '{data,name}', to_jsonb(CAST(:name AS text)))"
                                + " WHERE topic = :topic AND aggregate_id = :id AND envelope->'data'->>'name' IS NOT NULL")
                .setParameter("name", anonymousName)
                .setParameter("topic", Topics.VOLUNTEER_VOLUNTEERS)
                .setParameter("id", volunteerId.toString())
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "UPDATE outbox_event SET envelope = jsonb_set(envelope, '{data,activity}', to_jsonb(CAST(:text AS text)))"
                                + " WHERE topic = :topic AND envelope->'data'->>'volunteerId' = :id")
                .setParameter("text", erasedText)
                .setParameter("topic", Topics.VOLUNTEER_SERVICE_HOURS)
                .setParameter("id", volunteerId.toString())
                .executeUpdate();
        // A kept response that names the volunteer is dropped: a late retry of that request runs anew.
        entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE strpos(body, :id) > 0")
                .setParameter("id", volunteerId.toString())
                .executeUpdate();
    }
}
