package org.southsouth.events.knowledge;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.access.Visibility;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.journal.JournalEntries;
import org.southsouth.events.messaging.DocumentOutbox;
import org.southsouth.events.rest.MongoSort;
import org.southsouth.events.statistics.GoodPracticeYears;

/**
 * The {@code knowledge_products} collection. Each document holds the current version, the earlier versions
 * ({@code history}) and the pending events: a change, the version it replaces and its event are one write.
 */
@ApplicationScoped
public class KnowledgeProductStore {

    public static final String COLLECTION = "knowledge_products";
    private static final String HISTORY = "history";
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "year", "year", "updatedAt", "updatedAt", "createdAt", "createdAt", "country", "country");
    private static final Bson CURRENT_ONLY =
            Projections.exclude(DocumentOutbox.FIELD, JournalEntries.FIELD, HISTORY, KnowledgeDocuments.KEYWORDS);
    private static final Pattern REGEX_SPECIALS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    @Inject
    EventsDatabase database;

    @Inject
    GoodPracticeYears statistics;

    @Inject
    JournalEntries journal;

    void createIndexes(@Observes StartupEvent startup) {
        MongoCollection<Document> products = collection();
        products.createIndex(Indexes.ascending(KnowledgeDocuments.KEYWORDS), new IndexOptions().name("keywords"));
        products.createIndex(Indexes.ascending("updatedAt", "_id"), new IndexOptions().name("updatedAt_id"));
        products.createIndex(
                Indexes.ascending("kind", "reviewStatus", "year"), new IndexOptions().name("kind_status_year"));
        products.createIndex(Indexes.ascending("sdgs"), new IndexOptions().name("sdgs"));
        products.createIndex(Indexes.ascending("country"), new IndexOptions().name("country"));
        products.createIndex(Indexes.ascending("region", "year"), new IndexOptions().name("region_year"));
        products.createIndex(Indexes.ascending("leadOrganizationIds"), new IndexOptions().name("lead_organizations"));
        products.createIndex(Indexes.ascending("type"), new IndexOptions().name("type"));
        products.createIndex(Indexes.ascending("languages"), new IndexOptions().name("languages"));
        products.createIndex(
                Indexes.ascending(DocumentOutbox.FIELD + ".id"),
                new IndexOptions().name("outbox_pending").sparse(true));
    }

    /** Stores a new product; one that counts as a good practice recounts its year's statistics. */
    public void insert(KnowledgeProduct product, Document outboxEntry) {
        Document doc = new Document("_id", product.id().toString());
        doc.putAll(KnowledgeDocuments.state(product));
        statistics.change(yearsCounting(List.of(product)), () -> {
            collection()
                    .insertOne(doc.append(KnowledgeDocuments.KEYWORDS, KnowledgeDocuments.keywords(product.content()))
                            .append(HISTORY, List.of())
                            .append(DocumentOutbox.FIELD, List.of(outboxEntry))
                            .append(JournalEntries.FIELD, List.of(journaled(product))));
            return true;
        });
    }

    public KnowledgeProduct find(UUID id) {
        Document doc = collection()
                .find(eq("_id", id.toString()))
                .projection(CURRENT_ONLY)
                .first();
        return doc == null ? null : KnowledgeDocuments.fromDocument(id, doc);
    }

    /**
     * Replaces {@code current} by {@code next} if nobody changed it since, keeping {@code current} in the history; if
     * either counts as a good practice, the statistics of their years are recounted ({@link GoodPracticeYears}).
     */
    public boolean replace(KnowledgeProduct current, KnowledgeProduct next, Document outboxEntry) {
        List<Bson> updates = new ArrayList<>();
        KnowledgeDocuments.state(next).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.set(KnowledgeDocuments.KEYWORDS, KnowledgeDocuments.keywords(next.content())));
        updates.add(Updates.push(HISTORY, KnowledgeDocuments.state(current)));
        updates.add(Updates.push(DocumentOutbox.FIELD, outboxEntry));
        updates.add(Updates.push(JournalEntries.FIELD, journaled(next)));
        return statistics.change(
                yearsCounting(List.of(current, next)),
                () -> collection()
                                .updateOne(
                                        and(eq("_id", current.id().toString()), eq("version", current.version())),
                                        Updates.combine(updates))
                                .getModifiedCount()
                        == 1);
    }

    /** The years of the statistics the states move: those of each that counts as a good practice, if any does. */
    private static Set<String> yearsCounting(List<KnowledgeProduct> states) {
        Set<String> years = new TreeSet<>();
        if (states.stream().anyMatch(GoodPracticeYears::counts)) {
            states.forEach(state -> years.add(GoodPracticeYears.yearOf(state)));
        }
        return years;
    }

    /** The product as it was in version {@code version}, the current one included. */
    public Optional<KnowledgeProduct> version(UUID id, long version) {
        return versions(id).stream().filter(p -> p.version() == version).findFirst();
    }

    /** Every kept version, oldest first, ending with the current one; empty when the product does not exist. */
    public List<KnowledgeProduct> versions(UUID id) {
        Document doc = collection()
                .find(eq("_id", id.toString()))
                .projection(
                        Projections.exclude(DocumentOutbox.FIELD, JournalEntries.FIELD, KnowledgeDocuments.KEYWORDS))
                .first();
        if (doc == null) {
            return List.of();
        }
        List<KnowledgeProduct> versions = new ArrayList<>();
        Bsons.list(doc, HISTORY, Document.class).forEach(old -> versions.add(KnowledgeDocuments.fromDocument(id, old)));
        versions.add(KnowledgeDocuments.fromDocument(id, doc));
        return versions;
    }

    /** The product's journal entry, its state as a later read gives it (times to the millisecond). */
    private Document journaled(KnowledgeProduct product) {
        Document stored = KnowledgeDocuments.state(product);
        return journal.knowledgeProduct(KnowledgeDocuments.fromDocument(product.id(), stored));
    }

    public List<KnowledgeProduct> page(KnowledgeFilter filter, Visibility visibility, String sort, int page, int size) {
        return collection()
                .find(matching(filter, visibility))
                .projection(CURRENT_ONLY)
                .sort(MongoSort.parse(sort, "-updatedAt", SORTABLE))
                .skip(page * size)
                .limit(size)
                .map(d -> KnowledgeDocuments.fromDocument(UUID.fromString(d.getString("_id")), d))
                .into(new ArrayList<>());
    }

    public long count(KnowledgeFilter filter, Visibility visibility) {
        return collection().countDocuments(matching(filter, visibility));
    }

    public MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }

    /**
     * A query term matches a keyword it begins: "volunt" finds "volunteers". Terms are regex-escaped and anchored,
     * so the keywords index serves them on MongoDB.
     */
    private static Bson matching(KnowledgeFilter c, Visibility visibility) {
        List<Bson> filters = new ArrayList<>();
        if (!visibility.everything()) {
            Bson published = in(
                    "reviewStatus", ReviewStatus.PUBLIC.stream().map(Enum::name).toList());
            filters.add(
                    visibility.organizationId() == null
                            ? published
                            : or(
                                    published,
                                    eq(
                                            "leadOrganizationIds",
                                            visibility.organizationId().toString())));
        }
        for (String term : c.terms()) {
            filters.add(regex(
                    KnowledgeDocuments.KEYWORDS,
                    "^" + REGEX_SPECIALS.matcher(term).replaceAll("\\\\$0")));
        }
        add(filters, "kind", c.kind() == null ? null : c.kind().name());
        add(filters, "type", c.type());
        add(filters, "sdgs", c.sdg());
        add(filters, "country", c.country());
        add(filters, "region", c.region() == null ? null : c.region().name());
        add(filters, "year", c.year());
        add(
                filters,
                "reviewStatus",
                c.reviewStatus() == null ? null : c.reviewStatus().name());
        add(filters, "leadOrganizationIds", Bsons.id(c.leadOrganizationId()));
        add(filters, "languages", c.language());
        if (c.updatedSince() != null) {
            filters.add(gte("updatedAt", Bsons.date(c.updatedSince())));
        }
        return filters.isEmpty() ? new Document() : and(filters);
    }

    private static void add(List<Bson> filters, String field, Object value) {
        if (value != null) {
            filters.add(eq(field, value));
        }
    }
}
