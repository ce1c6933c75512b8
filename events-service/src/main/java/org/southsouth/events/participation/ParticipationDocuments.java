package org.southsouth.events.participation;

import static org.southsouth.events.config.Bsons.date;
import static org.southsouth.events.config.Bsons.instant;

import java.util.Locale;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.event.EventDocuments;
import org.southsouth.events.event.EventKind;

/** Maps participations to and from their documents. */
public final class ParticipationDocuments {

    /** Who the participant is, unique per event while the participation is live (see {@link #participantKey}). */
    static final String PARTICIPANT_KEY = "participantKey";

    private ParticipationDocuments() {}

    static Document toDocument(Participation p) {
        return new Document("_id", p.id().toString())
                .append("eventId", p.eventId().toString())
                .append("eventKind", p.eventKind().name())
                .append("eventCountry", p.eventCountry())
                .append(PARTICIPANT_KEY, participantKey(p))
                .append("volunteerId", Bsons.id(p.volunteerId()))
                .append("organizationId", Bsons.id(p.organizationId()))
                .append("name", p.name())
                .append("role", p.role().name())
                .append("status", p.status().name())
                .append("groupId", Bsons.id(p.groupId()))
                .append("erased", p.erased())
                .append("registeredAt", date(p.registeredAt()))
                .append("version", p.version())
                .append("updatedAt", date(p.updatedAt()))
                .append(EventDocuments.STATUS_CHANGED_AT, date(p.statusChangedAt()));
    }

    /**
     * A volunteer, or an organization's member by normalized name, may hold one live participation per event.
     * Cancelled and erased participations get a key of their own, so they never block a new registration.
     */
    static String participantKey(Participation p) {
        if (p.erased()) {
            return "erased:" + p.id();
        }
        if (p.status() == ParticipationStatus.CANCELLED) {
            return "cancelled:" + p.id();
        }
        if (p.volunteerId() != null) {
            return "volunteer:" + p.volunteerId();
        }
        return "member:" + p.organizationId() + ":"
                + p.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static Participation fromDocument(Document d) {
        return new Participation(
                UUID.fromString(d.getString("_id")),
                Bsons.uuid(d.get("eventId")),
                EventKind.valueOf(d.getString("eventKind")),
                d.getString("eventCountry"),
                Bsons.uuid(d.get("volunteerId")),
                Bsons.uuid(d.get("organizationId")),
                d.getString("name"),
                ParticipantRole.valueOf(d.getString("role")),
                ParticipationStatus.valueOf(d.getString("status")),
                Bsons.uuid(d.get("groupId")),
                Boolean.TRUE.equals(d.getBoolean("erased")),
                instant(d.getDate("registeredAt")),
                Bsons.number(d, "version"),
                instant(d.getDate("updatedAt")),
                EventDocuments.stepTime(d, "updatedAt"));
    }
}
