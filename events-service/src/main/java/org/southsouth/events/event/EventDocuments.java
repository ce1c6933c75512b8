package org.southsouth.events.event;

import static org.southsouth.events.config.Bsons.date;
import static org.southsouth.events.config.Bsons.instant;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.participation.AttendanceCounters;

/** Maps events to and from their documents; the details are top-level fields so each filter has its index. */
public final class EventDocuments {

    static final String MONTH = "month";
    public static final String STATUS_CHANGED_AT = "statusChangedAt";

    private EventDocuments() {}

    static Document toDocument(ExchangeEvent e) {
        Document doc = new Document("_id", e.id().toString());
        detailFields(e.details()).forEach(doc::append);
        doc.append("status", e.status().name())
                .append("seatsTaken", e.seatsTaken())
                .append("seatsLeft", e.seatsLeft())
                .append("version", e.version())
                .append("createdAt", date(e.createdAt()))
                .append("updatedAt", date(e.updatedAt()))
                .append(STATUS_CHANGED_AT, date(e.statusChangedAt()))
                .putAll(AttendanceCounters.initial());
        return doc;
    }

    /** The fields an update of the details sets, including the derived start year and month. */
    static Document detailFields(EventDetails d) {
        return new Document("kind", d.kind().name())
                .append("title", d.title())
                .append("description", d.description())
                .append("hostOrganizationId", Bsons.id(d.hostOrganizationId()))
                .append("partnerOrganizationIds", Bsons.ids(d.partnerOrganizationIds()))
                .append("country", d.country())
                .append("city", d.city())
                .append("online", d.online())
                .append("startsAt", date(d.startsAt()))
                .append("endsAt", date(d.endsAt()))
                .append("timeZone", d.timeZone())
                .append("year", localStart(d.startsAt(), d.timeZone()).getYear())
                .append(MONTH, month(d.startsAt(), d.timeZone()))
                .append("capacity", d.capacity())
                .append("languages", d.languages())
                .append("sdgs", d.sdgs())
                .append(
                        "delegationVisit",
                        d.delegationVisit() == null
                                ? null
                                : new Document()
                                        .append(
                                                "visitingOrganizationIds",
                                                Bsons.ids(d.delegationVisit().visitingOrganizationIds()))
                                        .append(
                                                "delegatesCount",
                                                d.delegationVisit().delegatesCount()))
                .append(
                        "expertMission",
                        d.expertMission() == null
                                ? null
                                : new Document()
                                        .append(
                                                "destinationCountry",
                                                d.expertMission().destinationCountry())
                                        .append(
                                                "destinationCity",
                                                d.expertMission().destinationCity())
                                        .append(
                                                "receivingOrganizationId",
                                                Bsons.id(d.expertMission().receivingOrganizationId()))
                                        .append(
                                                "expertsCount",
                                                d.expertMission().expertsCount())
                                        .append("expertise", d.expertMission().expertise()))
                .append(
                        "agenda",
                        d.agenda().stream()
                                .map(s -> new Document("title", s.title())
                                        .append("startsAt", date(s.startsAt()))
                                        .append("endsAt", date(s.endsAt()))
                                        .append("speaker", s.speaker()))
                                .toList());
    }

    /** The month ("2025-03") the event starts in its time zone, as {@code year} is the year. */
    static String month(Instant startsAt, String timeZone) {
        return YearMonth.from(localStart(startsAt, timeZone)).toString();
    }

    private static ZonedDateTime localStart(Instant startsAt, String timeZone) {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public static ExchangeEvent fromDocument(Document d) {
        return new ExchangeEvent(
                UUID.fromString(d.getString("_id")),
                details(d),
                EventStatus.valueOf(d.getString("status")),
                (int) Bsons.number(d, "seatsTaken"),
                Bsons.number(d, "version"),
                instant(d.getDate("createdAt")),
                instant(d.getDate("updatedAt")),
                stepTime(d, "createdAt"));
    }

    /** When the record reached its status; documents written before it was kept answer {@code fallback}'s time. */
    public static Instant stepTime(Document d, String fallback) {
        Date at = d.getDate(STATUS_CHANGED_AT);
        return instant(at != null ? at : d.getDate(fallback));
    }

    private static EventDetails details(Document d) {
        return new EventDetails(
                EventKind.valueOf(d.getString("kind")),
                d.getString("title"),
                d.getString("description"),
                Bsons.uuid(d.get("hostOrganizationId")),
                Bsons.uuids(d.getList("partnerOrganizationIds", String.class)),
                d.getString("country"),
                d.getString("city"),
                Boolean.TRUE.equals(d.getBoolean("online")),
                instant(d.getDate("startsAt")),
                instant(d.getDate("endsAt")),
                d.getString("timeZone"),
                d.getInteger("capacity"),
                Bsons.list(d, "languages", String.class),
                Bsons.list(d, "sdgs", Integer.class),
                delegationVisit(d.get("delegationVisit", Document.class)),
                expertMission(d.get("expertMission", Document.class)),
                agenda(d.getList("agenda", Document.class)));
    }

    private static DelegationVisit delegationVisit(Document d) {
        return d == null
                ? null
                : new DelegationVisit(
                        Bsons.uuids(d.getList("visitingOrganizationIds", String.class)),
                        d.getInteger("delegatesCount", 0));
    }

    private static ExpertMission expertMission(Document d) {
        return d == null
                ? null
                : new ExpertMission(
                        d.getString("destinationCountry"),
                        d.getString("destinationCity"),
                        Bsons.uuid(d.get("receivingOrganizationId")),
                        d.getInteger("expertsCount", 0),
                        Bsons.list(d, "expertise", String.class));
    }

    private static List<AgendaSession> agenda(List<Document> sessions) {
        return sessions == null
                ? List.of()
                : sessions.stream()
                        .map(s -> new AgendaSession(
                                s.getString("title"),
                                instant(s.getDate("startsAt")),
                                instant(s.getDate("endsAt")),
                                s.getString("speaker")))
                        .toList();
    }
}
