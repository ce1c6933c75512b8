package org.southsouth.gateway.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Composes the impact report: works out which sources the request needs, reads them all in parallel (each bounded
 * by a timeout), and takes every figure from the first way of obtaining it that honours all requested filters.
 */
@ApplicationScoped
public class ImpactComposer {

    /** Keys that are numbers (SDGs, years) sort as numbers, others (countries, months, regions) as text. */
    private static final Comparator<String> KEY_ORDER = (a, b) -> {
        boolean numbers = a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty()
                && !b.isEmpty();
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    };

    @Inject
    ServiceReader reader;

    @Inject
    ImpactConfig config;

    public ImpactReport compose(ImpactFilters filters, Set<Breakdown> breakdowns, Map<String, String> headers) {
        Set<FilterKind> given = filters.given();
        Map<Breakdown, List<Series>> series = new EnumMap<>(Breakdown.class);
        for (Breakdown dimension : breakdowns) {
            series.put(
                    dimension,
                    FigureCatalog.SERIES.stream()
                            .filter(s -> s.dimension() == dimension && s.answers(given))
                            .toList());
        }
        Map<Source, Fetched<Object>> fetched = fetchAll(neededSources(series), filters, headers);

        Map<String, Object> values = new LinkedHashMap<>();
        List<MissingFigure> missing = new ArrayList<>();
        for (Map.Entry<String, Derivation> headline : FigureCatalog.HEADLINE.entrySet()) {
            String figure = headline.getKey();
            Derivation way = headline.getValue();
            Fetched<Object> source = fetched.get(way.source());
            Object value = source.ok() ? way.read().apply(source.document()) : null;
            if (value != null) {
                values.put(figure, value);
            } else if (!source.ok()) {
                missing.add(new MissingFigure(figure, null, source.failure(), source.service(), source.detail()));
            } else {
                missing.add(new MissingFigure(
                        figure,
                        null,
                        MissingReason.NOT_PROVIDED,
                        source.service(),
                        way.source().path + " answers without this statistic"));
            }
        }
        boolean complete = missing.isEmpty();
        Map<String, List<Map<String, Object>>> rows = breakdowns.isEmpty() ? null : new LinkedHashMap<>();
        for (Breakdown dimension : breakdowns) {
            rows.put(dimension.key(), breakdown(dimension, series.get(dimension), fetched, filters, missing));
        }
        return new ImpactReport(
                Instant.now(),
                filters,
                complete,
                (Long) values.get(FigureCatalog.ORGANIZATIONS_CONNECTED),
                (Long) values.get(FigureCatalog.COUNTRIES_AND_REGIONS),
                (Long) values.get(FigureCatalog.VISITS_HOSTED),
                (Long) values.get(FigureCatalog.DELEGATES_HOSTED),
                (Long) values.get(FigureCatalog.EXPERTS_SENT),
                (Long) values.get(FigureCatalog.VOLUNTEERS_ENGAGED),
                (Long) values.get(FigureCatalog.VOLUNTEERS_DEPLOYED),
                deployments(values.get(FigureCatalog.DEPLOYMENTS_BY_COUNTRY)),
                (BigDecimal) values.get(FigureCatalog.SERVICE_HOURS),
                (OpportunityTotals) values.get(FigureCatalog.OPPORTUNITIES),
                missing,
                rows);
    }

    private List<Map<String, Object>> breakdown(
            Breakdown dimension,
            List<Series> answering,
            Map<Source, Fetched<Object>> fetched,
            ImpactFilters filters,
            List<MissingFigure> missing) {
        Map<String, Map<String, Object>> byKey = new TreeMap<>(KEY_ORDER);
        List<String> figures = new ArrayList<>();
        for (Series s : answering) {
            Fetched<Object> source = fetched.get(s.source());
            Map<String, Object> values = source.ok() ? s.read().apply(source.document()) : null;
            if (values == null) {
                missing.add(
                        source.ok()
                                ? new MissingFigure(
                                        s.figure(),
                                        dimension.key(),
                                        MissingReason.NOT_PROVIDED,
                                        source.service(),
                                        s.source().path + " answers without this breakdown")
                                : new MissingFigure(
                                        s.figure(),
                                        dimension.key(),
                                        source.failure(),
                                        source.service(),
                                        source.detail()));
                continue;
            }
            figures.add(s.figure());
            values.forEach((key, value) -> {
                if (dimension.filter() == null
                        || !filters.given().contains(dimension.filter())
                        || key.equals(filters.keyOf(dimension.filter()))) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(s.figure(), value);
                }
            });
        }
        Stream.of(
                        FigureCatalog.HEADLINE.keySet().stream()
                                .filter(figure -> !FigureCatalog.STRUCTURED.contains(figure)),
                        OpportunityTotals.names().stream(),
                        FigureCatalog.SERIES.stream()
                                .filter(s -> s.dimension() == dimension)
                                .map(Series::figure))
                .flatMap(names -> names)
                .distinct()
                .filter(figure -> answering.stream().noneMatch(s -> s.figure().equals(figure)))
                .forEach(figure -> missing.add(notBrokenDown(figure, dimension, filters.given())));
        List<Map<String, Object>> rows = new ArrayList<>();
        byKey.forEach((key, values) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", key);
            for (String figure : figures) {
                row.put(figure, values.containsKey(figure) ? values.get(figure) : FigureCatalog.absentValue(figure));
            }
            rows.add(row);
        });
        return rows;
    }

    private MissingFigure notBrokenDown(String figure, Breakdown dimension, Set<FilterKind> given) {
        List<Series> offered = FigureCatalog.SERIES.stream()
                .filter(s -> s.figure().equals(figure) && s.dimension() == dimension)
                .toList();
        if (offered.isEmpty()) {
            Source owner = FigureCatalog.sourceOf(figure);
            return new MissingFigure(
                    figure,
                    dimension.key(),
                    MissingReason.NOT_PROVIDED,
                    reader.serviceOf(owner.path),
                    owner.path + " offers no breakdown of this figure by " + dimension.key());
        }
        Series series = offered.get(0);
        String filters =
                series.unapplied(given).stream().map(FilterKind::parameters).collect(Collectors.joining(", "));
        return new MissingFigure(
                figure,
                dimension.key(),
                MissingReason.FILTER_NOT_SUPPORTED,
                reader.serviceOf(series.source().path),
                series.source().path + " does not narrow this figure by " + filters
                        + "; an unfiltered figure would be wrong");
    }

    private Set<Source> neededSources(Map<Breakdown, List<Series>> series) {
        Set<Source> needed = FigureCatalog.HEADLINE.values().stream()
                .map(Derivation::source)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Source.class)));
        series.values().forEach(list -> list.forEach(s -> needed.add(s.source())));
        return needed;
    }

    private Map<Source, Fetched<Object>> fetchAll(
            Set<Source> sources, ImpactFilters filters, Map<String, String> headers) {
        Map<Source, CompletableFuture<Fetched<Object>>> pending = new EnumMap<>(Source.class);
        sources.forEach(source -> pending.put(
                source,
                reader.read(source, filters, headers)
                        .completeOnTimeout(
                                Fetched.<Object>failed(
                                        reader.serviceOf(source.path),
                                        MissingReason.SERVICE_UNAVAILABLE,
                                        "The " + reader.serviceOf(source.path) + " service did not answer in time"),
                                config.upstreamTimeout().toMillis(),
                                TimeUnit.MILLISECONDS)));
        Map<Source, Fetched<Object>> fetched = new EnumMap<>(Source.class);
        pending.forEach((source, future) -> fetched.put(source, future.join()));
        return fetched;
    }

    @SuppressWarnings("unchecked")
    private static List<CountryDeployments> deployments(Object value) {
        return (List<CountryDeployments>) value;
    }
}
