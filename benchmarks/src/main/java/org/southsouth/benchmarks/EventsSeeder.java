package org.southsouth.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.southsouth.events.event.EventKind;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.knowledge.KnowledgeKind;
import org.southsouth.events.knowledge.Region;
import org.southsouth.events.knowledge.ReviewStatus;
import org.southsouth.events.knowledge.Scope;
import org.southsouth.events.knowledge.SearchKeywords;
import org.southsouth.events.participation.ParticipantRole;
import org.southsouth.events.participation.ParticipationStatus;
import org.southsouth.events.statistics.GoodPracticeYears;
import org.southsouth.events.statistics.StatisticsMonths;

/**
 * Writes events, participations and knowledge products straight into events-service's collections, each document in
 * the shape its store writes (EventDocuments, ParticipationDocuments, KnowledgeDocuments) with the outbox already
 * relayed (empty), and consistent: an event's {@code seatsTaken} counts its participations holding a seat, seats are
 * given first come first served and the rest wait, participations of completed events are attended or no-show, and
 * its attendance counters ({@code attendedByRole}, {@code expertsFromAbroad}) count its attended participations.
 * Participations spread over the events with a Zipf-like skew whose head is one OPEN forum. Given volunteers, the participations with role
 * VOLUNTEER are theirs (a volunteer at most once per event). Fixed seed: every run seeds the same events.
 */
final class EventsSeeder {

    /** What was seeded; {@code recentUpdates} is when the last 5% of the events were changed. */
    record Dataset(
            int events,
            int participations,
            int knowledgeProducts,
            String popularEventId,
            int popularEventParticipations,
            Instant recentUpdates) {}

    private record Place(String country, String city, String chineseCity, String timeZone, Region region) {}

    private static final List<Place> PLACES = List.of(
            new Place("KE", "Nairobi", "内罗毕", "Africa/Nairobi", Region.AFRICA),
            new Place("ET", "Addis Ababa", "亚的斯亚贝巴", "Africa/Addis_Ababa", Region.AFRICA),
            new Place("GH", "Accra", "阿克拉", "Africa/Accra", Region.AFRICA),
            new Place("NG", "Abuja", "阿布贾", "Africa/Lagos", Region.AFRICA),
            new Place("SN", "Dakar", "达喀尔", "Africa/Dakar", Region.AFRICA),
            new Place("ZA", "Johannesburg", "约翰内斯堡", "Africa/Johannesburg", Region.AFRICA),
            new Place("RW", "Kigali", "基加利", "Africa/Kigali", Region.AFRICA),
            new Place("EG", "Cairo", "开罗", "Africa/Cairo", Region.ARAB_STATES),
            new Place("MA", "Rabat", "拉巴特", "Africa/Casablanca", Region.ARAB_STATES),
            new Place("JO", "Amman", "安曼", "Asia/Amman", Region.ARAB_STATES),
            new Place("CN", "Beijing", "北京", "Asia/Shanghai", Region.ASIA_PACIFIC),
            new Place("NP", "Kathmandu", "加德满都", "Asia/Kathmandu", Region.ASIA_PACIFIC),
            new Place("IN", "New Delhi", "新德里", "Asia/Kolkata", Region.ASIA_PACIFIC),
            new Place("BD", "Dhaka", "达卡", "Asia/Dhaka", Region.ASIA_PACIFIC),
            new Place("VN", "Hanoi", "河内", "Asia/Ho_Chi_Minh", Region.ASIA_PACIFIC),
            new Place("TH", "Bangkok", "曼谷", "Asia/Bangkok", Region.ASIA_PACIFIC),
            new Place("ID", "Jakarta", "雅加达", "Asia/Jakarta", Region.ASIA_PACIFIC),
            new Place("LA", "Vientiane", "万象", "Asia/Vientiane", Region.ASIA_PACIFIC),
            new Place("KZ", "Astana", "阿斯塔纳", "Asia/Almaty", Region.EUROPE_CENTRAL_ASIA),
            new Place("UZ", "Tashkent", "塔什干", "Asia/Tashkent", Region.EUROPE_CENTRAL_ASIA),
            new Place("BR", "Brasília", "巴西利亚", "America/Sao_Paulo", Region.LATIN_AMERICA_CARIBBEAN),
            new Place("PE", "Lima", "利马", "America/Lima", Region.LATIN_AMERICA_CARIBBEAN),
            new Place("MX", "Mexico City", "墨西哥城", "America/Mexico_City", Region.LATIN_AMERICA_CARIBBEAN),
            new Place("CU", "Havana", "哈瓦那", "America/Havana", Region.LATIN_AMERICA_CARIBBEAN));

    private static final List<String> TOPICS = List.of(
            "youth volunteering",
            "rural education",
            "climate adaptation",
            "disaster preparedness",
            "community health",
            "clean water",
            "digital skills",
            "women's entrepreneurship",
            "food security",
            "volunteer management");
    private static final List<String> CHINESE_TOPICS =
            List.of("青年志愿服务", "乡村教育", "气候适应", "防灾减灾", "社区卫生", "清洁饮水", "数字技能", "妇女创业", "粮食安全", "志愿者管理");
    private static final List<String> SENTENCES = List.of(
            "Volunteers from partner organizations trained local teams over three months.",
            "The exchange paired experienced volunteers with community leaders.",
            "Schools in remote districts received teaching materials and mentoring.",
            "Water committees learnt to maintain pumps and test water quality.",
            "Young people designed their own projects with small grants.",
            "The programme reached women's cooperatives in four provinces.",
            "Health workers and volunteers ran screening campaigns together.",
            "Local government adopted the volunteer registry for emergencies.");
    private static final List<String> CHINESE_SENTENCES = List.of(
            "合作伙伴组织的志愿者用三个月时间培训了当地团队。",
            "交流活动让经验丰富的志愿者与社区带头人结对。",
            "偏远地区的学校获得了教学材料和辅导。",
            "用水委员会学会了维护水泵和检测水质。",
            "青年利用小额资助设计了自己的项目。",
            "项目覆盖了四个省份的妇女合作社。",
            "卫生工作者与志愿服务团队共同开展筛查活动。",
            "地方政府在应急工作中采用了志愿者登记系统。");
    private static final List<String> PRODUCT_TYPES =
            List.of("Case study", "Toolkit", "Policy brief", "Training manual", "案例研究", "工具包");
    private static final List<String> FIRST_NAMES = List.of(
            "Amina", "Wei", "Priya", "Kwame", "Lucía", "Nguyen", "Fatima", "Tenzin", "Ana", "Yusuf", "Mei", "Rahul",
            "Zanele", "Omar", "Sofía", "Bich", "Aisha", "Jun", "Thabo", "Camila");
    private static final List<String> LAST_NAMES = List.of(
            "Hassan", "Zhang", "Sharma", "Mensah", "García", "Van Anh", "Bello", "Sherpa", "Silva", "Demir", "Li",
            "Gupta", "Dlamini", "Haddad", "Rojas", "Tran", "Okafor", "Wang", "Mokoena", "Pérez");
    private static final List<String> EXPERTISE =
            List.of("water engineering", "teacher training", "public health", "agronomy", "volunteer management");
    private static final List<List<String>> LANGUAGES = List.of(
            List.of("en"),
            List.of("en", "zh"),
            List.of("fr"),
            List.of("es"),
            List.of("en", "fr"),
            List.of("ar", "en"),
            List.of("pt"),
            List.of("zh"));
    private static final EventKind[] KIND_DRAW = {
        EventKind.FORUM,
        EventKind.FORUM,
        EventKind.EXCHANGE_CAMP,
        EventKind.CAPACITY_BUILDING,
        EventKind.CAPACITY_BUILDING,
        EventKind.CAPACITY_BUILDING,
        EventKind.DELEGATION_VISIT,
        EventKind.DELEGATION_VISIT,
        EventKind.EXPERT_MISSION,
        EventKind.WEBINAR,
        EventKind.WEBINAR,
        EventKind.WEBINAR
    };
    private static final int[] CAPACITIES = {30, 50, 100, 200, 500};
    /** The popular event's seats: a big forum, still far fewer than the people who want to come. */
    private static final int POPULAR_CAPACITY = 20_000;
    /** Zipf exponent of participations over events: the head holds a few percent of all, the tail a handful each. */
    private static final double SKEW = 0.8;

    private static final int BATCH = 5_000;
    private static final Instant FIRST_START =
            LocalDate.of(2018, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_START =
            LocalDate.of(2028, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final String OUTBOX = "outbox";

    private final MongoDatabase database;
    private final List<String> organizations;
    private final List<String> volunteers;
    private final Consumer<Document> volunteerParticipations;
    private final Random random = new Random(20_260_601L);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** @param organizations ids events-service already knows, the first ones hosting and sending the most */
    EventsSeeder(MongoDatabase database, List<UUID> organizations) {
        this(database, organizations, List.of(), participation -> {});
    }

    /**
     * @param volunteers              ids of volunteers taking the VOLUNTEER places
     * @param volunteerParticipations gets each participation of a volunteer as it is written, e.g. to replicate it
     */
    EventsSeeder(
            MongoDatabase database,
            List<UUID> organizations,
            List<UUID> volunteers,
            Consumer<Document> volunteerParticipations) {
        this.database = database;
        this.organizations = organizations.stream().map(UUID::toString).toList();
        this.volunteers = volunteers.stream().map(UUID::toString).toList();
        this.volunteerParticipations = volunteerParticipations;
    }

    Dataset seed(int eventCount, int participationCount, int knowledgeCount) {
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < eventCount; i++) {
            events.add(event(i == 0));
        }
        int[] participants = participantsPerEvent(events, participationCount);
        Batches eventBatches = new Batches(database.getCollection("events"));
        Batches participationBatches = new Batches(database.getCollection("participations"));
        for (int i = 0; i < eventCount; i++) {
            seatParticipants(events.get(i), participants[i], participationBatches);
            eventBatches.add(events.get(i));
        }
        eventBatches.flush();
        participationBatches.flush();
        Batches products = new Batches(database.getCollection("knowledge_products"));
        for (int i = 0; i < knowledgeCount; i++) {
            products.add(knowledgeProduct());
        }
        products.flush();
        // The records came in around events-service's writes, which keep its statistics of months and years: without
        // them (and the documents saying all are filled) the service counts them again at its next read.
        database.getCollection(StatisticsMonths.COLLECTION).drop();
        database.getCollection(GoodPracticeYears.COLLECTION).drop();
        List<Date> updates =
                events.stream().map(e -> e.getDate("updatedAt")).sorted().toList();
        return new Dataset(
                eventCount,
                participationBatches.written,
                knowledgeCount,
                events.get(0).getString("_id"),
                participants[0],
                updates.get(updates.size() * 19 / 20).toInstant());
    }

    /** An event without its seat counters, which its participations decide. */
    private Document event(boolean popular) {
        EventKind kind = popular ? EventKind.FORUM : KIND_DRAW[random.nextInt(KIND_DRAW.length)];
        Place place = pick(PLACES);
        Instant startsAt = popular
                ? now.plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.HOURS)
                : FIRST_START
                        .plusSeconds(random.nextLong(
                                Duration.between(FIRST_START, LAST_START).getSeconds()))
                        .truncatedTo(ChronoUnit.HOURS);
        Instant endsAt = kind == EventKind.WEBINAR
                ? startsAt.plus(Duration.ofHours(2))
                : startsAt.plus(Duration.ofDays(1 + random.nextInt(10)));
        EventStatus status = popular ? EventStatus.OPEN : status(endsAt);
        boolean online = kind == EventKind.WEBINAR;
        int year = startsAt.atZone(ZoneId.of(place.timeZone())).getYear();
        int topic = random.nextInt(TOPICS.size());
        boolean chinese = random.nextInt(100) < 15;
        String title = chinese
                ? place.chineseCity() + CHINESE_TOPICS.get(topic) + "交流活动（" + year + "）"
                : capitalized(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')) + " on " + TOPICS.get(topic)
                        + " — " + (online ? "online" : place.city()) + " " + year;
        Instant createdAt =
                earliest(startsAt.minus(Duration.ofDays(30 + random.nextInt(150))), now.minus(Duration.ofDays(1)));
        Instant lastChange = earliest(now, endsAt.plus(Duration.ofDays(7)));
        Instant updatedAt = createdAt.plusSeconds(random.nextLong(
                Math.max(1, Duration.between(createdAt, lastChange).getSeconds())));
        String host = organization();
        return new Document("_id", UUID.randomUUID().toString())
                .append("kind", kind.name())
                .append("title", title)
                .append("description", chinese ? pick(CHINESE_SENTENCES) : pick(SENTENCES))
                .append("hostOrganizationId", host)
                .append("partnerOrganizationIds", otherOrganizations(host, random.nextInt(3)))
                .append("country", online && random.nextBoolean() ? null : place.country())
                .append("city", online ? null : place.city())
                .append("online", online)
                .append("startsAt", Date.from(startsAt))
                .append("endsAt", Date.from(endsAt))
                .append("timeZone", place.timeZone())
                .append("year", year)
                .append(
                        "month",
                        YearMonth.from(startsAt.atZone(ZoneId.of(place.timeZone())))
                                .toString())
                .append(
                        "capacity",
                        popular
                                ? Integer.valueOf(POPULAR_CAPACITY)
                                : random.nextInt(5) == 0
                                        ? null
                                        : Integer.valueOf(CAPACITIES[random.nextInt(CAPACITIES.length)]))
                .append("languages", pick(LANGUAGES))
                .append("sdgs", sdgs())
                .append(
                        "delegationVisit",
                        kind != EventKind.DELEGATION_VISIT
                                ? null
                                : new Document(
                                                "visitingOrganizationIds",
                                                otherOrganizations(host, 1 + random.nextInt(3)))
                                        .append("delegatesCount", 5 + random.nextInt(36)))
                .append(
                        "expertMission",
                        kind != EventKind.EXPERT_MISSION
                                ? null
                                : new Document("destinationCountry", place.country())
                                        .append("destinationCity", place.city())
                                        .append("receivingOrganizationId", organization())
                                        .append("expertsCount", 1 + random.nextInt(6))
                                        .append("expertise", List.of(pick(EXPERTISE))))
                .append(
                        "agenda",
                        random.nextBoolean()
                                ? List.of()
                                : List.of(new Document("title", "Opening session")
                                        .append("startsAt", Date.from(startsAt))
                                        .append("endsAt", Date.from(startsAt.plus(Duration.ofHours(1))))
                                        .append("speaker", pick(FIRST_NAMES) + " " + pick(LAST_NAMES))))
                .append("status", status.name())
                .append("createdAt", Date.from(createdAt))
                .append("updatedAt", Date.from(updatedAt));
    }

    /** Events that ended are mostly completed; later ones mostly open, some still drafts; a few are cancelled. */
    private EventStatus status(Instant endsAt) {
        int draw = random.nextInt(100);
        if (endsAt.isBefore(now)) {
            return draw < 85 ? EventStatus.COMPLETED : draw < 95 ? EventStatus.CANCELLED : EventStatus.CLOSED;
        }
        return draw < 65
                ? EventStatus.OPEN
                : draw < 85 ? EventStatus.DRAFT : draw < 90 ? EventStatus.CLOSED : EventStatus.CANCELLED;
    }

    /** Zipf-like shares of {@code total}; drafts take no registrations, the first event is the head. */
    private int[] participantsPerEvent(List<Document> events, int total) {
        List<Integer> ranked = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            if (!EventStatus.DRAFT.name().equals(events.get(i).getString("status"))) {
                ranked.add(i);
            }
        }
        Collections.shuffle(ranked, random);
        ranked.add(0, 0);
        double[] weights = new double[ranked.size()];
        double sum = 0;
        for (int rank = 0; rank < weights.length; rank++) {
            weights[rank] = Math.pow(rank + 1, -SKEW);
            sum += weights[rank];
        }
        int[] counts = new int[events.size()];
        int assigned = 0;
        for (int rank = 0; rank < weights.length; rank++) {
            counts[ranked.get(rank)] = (int) (total * weights[rank] / sum);
            assigned += counts[ranked.get(rank)];
        }
        counts[0] += total - assigned;
        return counts;
    }

    /** Writes the event's participations in registration order and sets its seat counters from them. */
    private void seatParticipants(Document event, int count, Batches participations) {
        EventStatus eventStatus = EventStatus.valueOf(event.getString("status"));
        Integer capacity = event.getInteger("capacity");
        Instant opened = event.getDate("createdAt").toInstant();
        Instant closed = earliest(event.getDate("startsAt").toInstant(), now);
        long window = Math.max(count + 1, Duration.between(opened, closed).getSeconds());
        int seatsTaken = 0;
        Document attendedByRole = new Document();
        // Consecutive volunteers from a random start: never the same one twice in an event.
        int nextVolunteer = volunteers.isEmpty() ? 0 : random.nextInt(volunteers.size());
        for (int i = 0; i < count; i++) {
            Instant registeredAt = opened.plusSeconds(window * (i + 1) / (count + 1));
            ParticipationStatus status;
            if (random.nextInt(100) < 4) {
                status = ParticipationStatus.CANCELLED;
            } else if (eventStatus == EventStatus.COMPLETED) {
                status = random.nextInt(100) < 84 ? ParticipationStatus.ATTENDED : ParticipationStatus.NO_SHOW;
            } else {
                status = capacity == null || seatsTaken < capacity
                        ? ParticipationStatus.REGISTERED
                        : ParticipationStatus.WAITLISTED;
            }
            if (status.holdsSeat()) {
                seatsTaken++;
            }
            Instant updatedAt = status == ParticipationStatus.REGISTERED || status == ParticipationStatus.WAITLISTED
                    ? registeredAt
                    : earliest(
                            status.isAttendance()
                                    ? event.getDate("endsAt").toInstant()
                                    : registeredAt.plus(Duration.ofDays(2)),
                            now);
            ParticipantRole role = role(EventKind.valueOf(event.getString("kind")));
            String volunteer = role != ParticipantRole.VOLUNTEER || volunteers.isEmpty()
                    ? null
                    : volunteers.get(nextVolunteer++ % volunteers.size());
            Document participation = participation(event, i, role, volunteer, status, registeredAt, updatedAt);
            participations.add(participation);
            if (volunteer != null) {
                volunteerParticipations.accept(participation);
            }
            if (status == ParticipationStatus.ATTENDED) {
                attendedByRole.put(role.name(), attendedByRole.getInteger(role.name(), 0) + 1);
            }
        }
        long attendanceMarks =
                attendedByRole.values().stream().mapToLong(n -> (Integer) n).sum();
        // Completed events may have let in more than the seats announced (organizers raise the capacity on the day).
        Integer finalCapacity = capacity == null ? null : Math.max(capacity, seatsTaken);
        event.put("capacity", finalCapacity);
        Document counters = new Document("seatsTaken", seatsTaken)
                // Journaled as taken, as the store leaves them: else events-service's housekeeping journals every
                // seeded event's seats in the middle of a measurement.
                .append("journaledSeats", seatsTaken)
                .append("seatsLeft", finalCapacity == null ? null : finalCapacity - seatsTaken)
                .append("version", (long) (1 + random.nextInt(4)))
                .append("attendedByRole", attendedByRole)
                .append("attendanceRevision", attendanceMarks)
                .append("attendanceCountedRevision", attendanceMarks)
                // Only expert missions have experts here, and a mission's experts count as sent without this.
                .append("expertsFromAbroad", 0L)
                .append("createdAt", event.remove("createdAt"))
                .append("updatedAt", event.remove("updatedAt"))
                .append(OUTBOX, List.of());
        event.putAll(counters);
    }

    private Document participation(
            Document event,
            int index,
            ParticipantRole role,
            String volunteer,
            ParticipationStatus status,
            Instant registeredAt,
            Instant updatedAt) {
        String id = UUID.randomUUID().toString();
        String organization = organization();
        String name = FIRST_NAMES.get(index % FIRST_NAMES.size()) + " "
                + LAST_NAMES.get(index / FIRST_NAMES.size() % LAST_NAMES.size())
                + (index < FIRST_NAMES.size() * LAST_NAMES.size()
                        ? ""
                        : " " + (index / (FIRST_NAMES.size() * LAST_NAMES.size()) + 1));
        // ParticipationDocuments.participantKey: one live participation per volunteer, or per member name and
        // organization.
        String participantKey = status == ParticipationStatus.CANCELLED
                ? "cancelled:" + id
                : volunteer != null
                        ? "volunteer:" + volunteer
                        : "member:" + organization + ":"
                                + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return new Document("_id", id)
                .append("eventId", event.getString("_id"))
                .append("eventKind", event.getString("kind"))
                .append("eventCountry", event.getString("country"))
                .append("participantKey", participantKey)
                .append("volunteerId", volunteer)
                .append("organizationId", organization)
                .append("name", name)
                .append("role", role.name())
                .append("status", status.name())
                .append("groupId", null)
                .append("erased", false)
                .append("registeredAt", Date.from(registeredAt))
                .append("version", registeredAt.equals(updatedAt) ? 1L : 2L)
                .append("updatedAt", Date.from(updatedAt))
                .append(OUTBOX, List.of());
    }

    private ParticipantRole role(EventKind kind) {
        if (kind == EventKind.DELEGATION_VISIT) {
            return ParticipantRole.DELEGATE;
        }
        if (kind == EventKind.EXPERT_MISSION) {
            return ParticipantRole.EXPERT;
        }
        int draw = random.nextInt(100);
        return draw < 70
                ? ParticipantRole.DELEGATE
                : draw < 80
                        ? ParticipantRole.SPEAKER
                        : draw < 95 ? ParticipantRole.VOLUNTEER : ParticipantRole.ORGANIZER;
    }

    private Document knowledgeProduct() {
        Place place = pick(PLACES);
        boolean chinese = random.nextInt(100) < 25;
        int topic = random.nextInt(TOPICS.size());
        List<String> sentences = chinese ? CHINESE_SENTENCES : SENTENCES;
        String title = chinese
                ? place.chineseCity() + CHINESE_TOPICS.get(topic) + "经验"
                : capitalized(TOPICS.get(topic)) + " in " + place.city();
        String type = pick(PRODUCT_TYPES);
        String overview = pick(sentences) + " " + pick(sentences);
        String highlights = pick(sentences);
        String lessons = pick(sentences);
        String successFactors = pick(sentences);
        int draw = random.nextInt(100);
        ReviewStatus reviewStatus = draw < 70
                ? ReviewStatus.PUBLISHED
                : draw < 80 ? ReviewStatus.ARCHIVED : draw < 90 ? ReviewStatus.IN_REVIEW : ReviewStatus.DRAFT;
        Instant createdAt = now.minus(Duration.ofDays(1 + random.nextInt(3_000)));
        Instant updatedAt = createdAt.plusSeconds(
                random.nextLong(Duration.between(createdAt, now).getSeconds()));
        return new Document("_id", UUID.randomUUID().toString())
                .append(
                        "kind",
                        random.nextInt(100) < 70
                                ? KnowledgeKind.GOOD_PRACTICE.name()
                                : pick(List.of(KnowledgeKind.values())).name())
                .append("title", title)
                .append("type", type)
                .append("scope", pick(List.of(Scope.values())).name())
                .append("leadOrganizationIds", otherOrganizations(null, 1 + random.nextInt(2)))
                .append("year", 2015 + random.nextInt(12))
                .append("country", place.country())
                .append("region", place.region().name())
                .append("sdgs", sdgs())
                .append("overview", overview)
                .append("sdgContributionHighlights", highlights)
                .append("lessonsLearned", lessons)
                .append("successFactors", successFactors)
                .append("languages", chinese ? List.of("zh") : pick(LANGUAGES))
                .append("links", List.of())
                .append("reviewStatus", reviewStatus.name())
                .append("version", (long) (1 + random.nextInt(3)))
                .append("createdAt", Date.from(createdAt))
                .append("updatedAt", Date.from(updatedAt))
                // KnowledgeDocuments.keywords: the same texts, in the same order, through the service's own tokenizer.
                .append(
                        "keywords",
                        SearchKeywords.of(Arrays.asList(title, type, overview, highlights, lessons, successFactors)))
                .append("history", List.of())
                .append(OUTBOX, List.of());
    }

    private List<Integer> sdgs() {
        TreeSet<Integer> goals = new TreeSet<>();
        int count = 1 + random.nextInt(3);
        while (goals.size() < count) {
            goals.add(1 + random.nextInt(17));
        }
        return List.copyOf(goals);
    }

    /** Skewed: the first organizations host and send far more than the last. */
    private String organization() {
        return organizations.get((int) (organizations.size() * Math.pow(random.nextDouble(), 2)));
    }

    private List<String> otherOrganizations(String except, int count) {
        List<String> others = new ArrayList<>(organizations);
        others.remove(except);
        Collections.shuffle(others, random);
        return List.copyOf(others.subList(0, Math.min(count, others.size())));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** insertMany in batches, so a million documents never sit in this JVM at once (besides the server's copy). */
    private static final class Batches {

        private final MongoCollection<Document> collection;
        private final List<Document> pending = new ArrayList<>();
        private int written;

        Batches(MongoCollection<Document> collection) {
            this.collection = collection;
        }

        void add(Document document) {
            pending.add(document);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                collection.insertMany(pending);
                written += pending.size();
                pending.clear();
            }
        }
    }
}
