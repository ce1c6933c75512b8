package org.southsouth.events.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A tally of events ({@link EventFacets}) as a document and back: {@code events} holds each facet's events by key,
 * {@code completed} each completed breakdown's figures by key ({@link CompletedTally#numbers}), {@code totals} the
 * figures of every completed event and {@code byRole} their attended participants in the roles' order. Keys are years,
 * months, countries, SDGs and kinds, none of which holds a dot or starts with a dollar sign.
 */
final class FacetDocuments {

    private static final String EVENTS = "events";
    private static final String COMPLETED = "completed";
    private static final String TOTALS = "totals";
    private static final String BY_ROLE = "byRole";

    private FacetDocuments() {}

    /** The selections' tallies as one document, by selection. */
    static Document toDocument(Map<String, EventFacets> bySelection) {
        Document selections = new Document();
        bySelection.forEach((selection, facets) -> selections.append(selection, toDocument(facets)));
        return selections;
    }

    static Document toDocument(EventFacets facets) {
        Document events = new Document();
        facets.eventCounts.forEach((facet, counts) -> {
            Document byKey = new Document();
            counts.forEach((key, n) -> byKey.append(key, n[0]));
            events.append(facet, byKey);
        });
        Document completed = new Document();
        facets.completed.forEach((facet, byKey) -> {
            Document figures = new Document();
            byKey.forEach((key, tally) -> figures.append(key, tally.numbers()));
            completed.append(facet, figures);
        });
        List<Long> byRole = new ArrayList<>();
        for (long attended : facets.attendedByRole) {
            byRole.add(attended);
        }
        return new Document(EVENTS, events)
                .append(COMPLETED, completed)
                .append(TOTALS, facets.completedTotals.numbers())
                .append(BY_ROLE, byRole);
    }

    /** Adds the tally {@link #toDocument} wrote to {@code facets}. */
    static void addTo(EventFacets facets, Document tally) {
        tally.get(EVENTS, Document.class)
                .forEach((facet, counts) ->
                        ((Document) counts).forEach((key, n) -> facets.count(facet, key, ((Number) n).longValue())));
        tally.get(COMPLETED, Document.class)
                .forEach((facet, byKey) -> ((Document) byKey)
                        .forEach((key, numbers) ->
                                facets.addCompleted(facet, key, CompletedTally.ofNumbers((List<?>) numbers))));
        List<?> attended = tally.get(BY_ROLE, List.class);
        long[] byRole = new long[attended.size()];
        for (int role = 0; role < byRole.length; role++) {
            byRole[role] = ((Number) attended.get(role)).longValue();
        }
        facets.addCompleted(CompletedTally.ofNumbers(tally.get(TOTALS, List.class)), byRole);
    }
}
