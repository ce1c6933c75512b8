package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.config.EventsSettings;
import org.southsouth.events.knowledge.KnowledgeKind;
import org.southsouth.events.knowledge.KnowledgeProduct;
import org.southsouth.events.knowledge.KnowledgeProductStore;
import org.southsouth.events.knowledge.ReviewStatus;
import org.southsouth.events.messaging.DocumentOutboxRelay;

/**
 * The published good practices (archived ones included: they were published) by SDG, one document per year of the
 * practice ({@code _id} "2024", "none" for practices without a year) holding the counts of every {@link Selection} its
 * practices belong to: the statistics select practices by whole years, so a request reads its years instead of every
 * knowledge product (issue 18). Kept exact by the {@link Summaries} protocol: {@code KnowledgeProductStore}'s writes go
 * through {@link #change} when the practice counts before or after them.
 */
@ApplicationScoped
public class GoodPracticeYears {

    public static final String COLLECTION = "statistics_good_practice_years";
    private static final String NO_YEAR = "none";
    private static final String YEAR = "year";
    static final Bson PUBLISHED = and(
            eq("kind", KnowledgeKind.GOOD_PRACTICE.name()),
            in("reviewStatus", ReviewStatus.PUBLISHED.name(), ReviewStatus.ARCHIVED.name()));

    @Inject
    EventsDatabase database;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    EventsSettings settings;

    /** The shape of a year's counts (SDG → practices, by selection): a change of shape takes the next number. */
    private static final int COUNTS_FORMAT = 1;

    private Summaries years;

    @PostConstruct
    void summaries() {
        years = new Summaries(
                database.collection(COLLECTION),
                COUNTS_FORMAT,
                settings.recount().grace(),
                this::tally,
                this::yearsWithPractices,
                relay::wake);
    }

    /** Whether the product counts as a good practice. */
    public static boolean counts(KnowledgeProduct product) {
        return product.content().kind() == KnowledgeKind.GOOD_PRACTICE
                && (product.reviewStatus() == ReviewStatus.PUBLISHED
                        || product.reviewStatus() == ReviewStatus.ARCHIVED);
    }

    /** The year a product counts under. */
    public static String yearOf(KnowledgeProduct product) {
        Integer year = product.content().year();
        return year == null ? NO_YEAR : String.valueOf(year);
    }

    /** Makes {@code write}, which can move the counts of {@code years}, as the protocol needs. */
    public <T> T change(Collection<String> years, Supplier<T> write) {
        return this.years.change(years, write);
    }

    /** Recounts the years a crash left stale, or all when practices came in around the service; returns how many. */
    public int reconcile() {
        return years.reconcile();
    }

    /** Counts every year with published practices unless they are all counted in this format; returns how many were. */
    public int fill() {
        return years.fill();
    }

    /** Whether every year with published practices has its counts: else they are counted from the practices. */
    boolean filled() {
        return years.filled();
    }

    /**
     * Adds the selection's practices by SDG of the years {@code from} to {@code to} (null: unbounded; practices
     * without a year count only when both are) whose counts are current to {@code bySdg}, and returns the others'
     * years to be counted from the practices (null for those without a year).
     */
    List<Integer> addCurrent(String selection, Integer from, Integer to, Map<String, Long> bySdg) {
        Summaries.Read read = years.read(null, selection);
        read.tallies().forEach((year, counts) -> {
            if (within(year, from, to)) {
                counts.forEach((sdg, n) -> bySdg.merge(sdg, ((Number) n).longValue(), Long::sum));
            }
        });
        List<Integer> stale = new ArrayList<>();
        read.stale().stream()
                .filter(year -> within(year, from, to))
                .forEach(year -> stale.add(NO_YEAR.equals(year) ? null : Integer.valueOf(year)));
        return stale;
    }

    /** The practices of these years (null: without one). */
    static Bson ofYears(Collection<Integer> years) {
        List<Integer> numbers = years.stream().filter(year -> year != null).toList();
        return years.contains(null) ? or(in(YEAR, numbers), eq(YEAR, null)) : in(YEAR, numbers);
    }

    private static boolean within(String year, Integer from, Integer to) {
        if (NO_YEAR.equals(year)) {
            return from == null && to == null;
        }
        int number = Integer.parseInt(year);
        return (from == null || number >= from) && (to == null || number <= to);
    }

    /** Year → the practices' counts by SDG, by selection. */
    private Map<String, Document> tally(SortedSet<String> years) {
        List<Integer> numbers = new ArrayList<>();
        years.forEach(year -> numbers.add(NO_YEAR.equals(year) ? null : Integer.valueOf(year)));
        Map<String, Map<String, Document>> tallies = new HashMap<>();
        for (Document practice : practices()
                .find(and(PUBLISHED, ofYears(numbers)))
                .projection(Projections.include(YEAR, "sdgs", "country", "region"))) {
            Map<String, Document> bySelection = tallies.computeIfAbsent(yearOf(practice), y -> new HashMap<>());
            List<String> goals = GroupCounts.unwound(practice.get("sdgs")).stream()
                    .map(GroupCounts::name)
                    .toList();
            for (String selection : Selection.ofPractice(practice)) {
                Document counts = bySelection.computeIfAbsent(selection, s -> new Document());
                goals.forEach(goal -> counts.put(goal, ((Number) counts.getOrDefault(goal, 0L)).longValue() + 1));
            }
        }
        Map<String, Document> documents = new HashMap<>();
        tallies.forEach((year, bySelection) -> documents.put(year, new Document(bySelection)));
        return documents;
    }

    private Collection<String> yearsWithPractices() {
        SortedSet<String> years = new TreeSet<>();
        practices().find(PUBLISHED).projection(Projections.include(YEAR)).forEach(p -> years.add(yearOf(p)));
        return years;
    }

    private static String yearOf(Document practice) {
        return practice.get(YEAR) instanceof Number year ? String.valueOf(year.longValue()) : NO_YEAR;
    }

    private MongoCollection<Document> practices() {
        return database.collection(KnowledgeProductStore.COLLECTION);
    }
}
