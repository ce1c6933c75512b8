package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

/**
 * Ranks ACTIVE volunteers against a need in one SQL statement, with the weights of {@link MatchScoring}. Only
 * volunteers with a current consent to matching (given, not withdrawn) and at least one requested skill or
 * language, or available for the period, are candidates.
 *
 * <p>Candidates start from the rows that can match (requested skills, languages, covering windows), so volunteers
 * matching nothing are never scored; each score part is computed once as a set, and the page and the total read
 * the same scored set.
 */
@ApplicationScoped
public class MatchRanking {

    @Inject
    EntityManager entityManager;

    /** One page of volunteer ids, best first, and the number of candidates. */
    public record Ranked(List<UUID> volunteerIds, long total) {}

    /** @param excluded volunteers left out of the candidates */
    @SuppressWarnings("unchecked")
    public Ranked page(AccessScope scope, Need need, List<UUID> excluded, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        // The total comes first so that a page past the end still answers it (with no id).
        Query query = entityManager.createNativeQuery("WITH " + String.join(", ", scoreParts(need, parameters))
                + ", scored AS (" + scored(scope, need, parameters) + without(excluded, parameters) + ")"
                + " SELECT p.id, t.total FROM (SELECT count(*) AS total FROM scored) t"
                + " LEFT JOIN LATERAL (SELECT id, score FROM scored ORDER BY score DESC, id"
                + " LIMIT :pageSize OFFSET :pageStart) p ON true ORDER BY p.score DESC, p.id");
        // Bound, not written into the SQL: Hibernate plans each distinct SQL text once and keeps the plan.
        parameters.put("pageSize", size);
        parameters.put("pageStart", (long) page * size);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<UUID> ids = rows.stream()
                .filter(row -> row[0] != null)
                .map(row -> (UUID) row[0])
                .toList();
        return new Ranked(ids, ((Number) rows.get(0)[1]).longValue());
    }

    /** Each CTE holds the volunteers a part of the score applies to; skill and language hits with their count. */
    private static List<String> scoreParts(Need need, Map<String, Object> parameters) {
        parameters.put("from", need.from());
        parameters.put("to", need.to());
        List<String> parts = new ArrayList<>();
        parts.add("skill_hits AS (" + skillHits(need, parameters) + ")");
        parts.add("language_hits AS (" + languageHits(need, parameters) + ")");
        parts.add("available AS (SELECT DISTINCT volunteer_id FROM availability_window" + " WHERE "
                + MatchConditions.COVERS_PERIOD + ")");
        parts.add(
                "busy AS (SELECT DISTINCT volunteer_id FROM deployment WHERE " + MatchConditions.OVERLAPS_PERIOD + ")");
        parts.add("experienced AS (" + experienced(need, parameters) + ")");
        parts.add("candidate AS (SELECT volunteer_id FROM skill_hits UNION SELECT volunteer_id FROM language_hits"
                + " UNION SELECT volunteer_id FROM available)");
        return parts;
    }

    private static String skillHits(Need need, Map<String, Object> parameters) {
        if (need.skills().isEmpty()) {
            return nobody("skills");
        }
        parameters.put("skills", need.skills());
        return "SELECT volunteer_id, count(*) AS skills FROM volunteer_skill WHERE skill_code IN (:skills) GROUP BY volunteer_id";
    }

    /** A language requested twice counts twice, as each request is explained on its own. */
    private static String languageHits(Need need, Map<String, Object> parameters) {
        if (need.languages().isEmpty()) {
            return nobody("languages");
        }
        List<String> perRequest = new ArrayList<>();
        for (int i = 0; i < need.languages().size(); i++) {
            Need.LanguageNeed language = need.languages().get(i);
            perRequest.add("SELECT volunteer_id FROM volunteer_language WHERE language = :language" + i
                    + " AND level IN (:levels" + i + ")");
            parameters.put("language" + i, language.code());
            parameters.put(
                    "levels" + i,
                    Arrays.stream(LanguageLevel.values())
                            .filter(l -> l.atLeast(language.minimum()))
                            .map(Enum::name)
                            .toList());
        }
        return "SELECT volunteer_id, count(*) AS languages FROM (" + String.join(" UNION ALL ", perRequest)
                + ") l GROUP BY volunteer_id";
    }

    private static String experienced(Need need, Map<String, Object> parameters) {
        if (need.country() == null) {
            return "SELECT NULL::uuid AS volunteer_id WHERE false";
        }
        parameters.put("country", need.country());
        return MatchConditions.EXPERIENCED;
    }

    private static String nobody(String count) {
        return "SELECT NULL::uuid AS volunteer_id, 0::bigint AS " + count + " WHERE false";
    }

    /** A partner ranks its own nominees only. */
    private static String within(AccessScope scope, Map<String, Object> parameters) {
        if (scope.organizationId() == null) {
            return "";
        }
        parameters.put("scopeOrganization", scope.organizationId());
        return " AND v.home_organization_id = :scopeOrganization";
    }

    private static String without(List<UUID> excluded, Map<String, Object> parameters) {
        if (excluded.isEmpty()) {
            return "";
        }
        parameters.put("excluded", excluded.toArray(UUID[]::new));
        return " AND NOT (v.id = ANY(:excluded))";
    }

    private static String scored(AccessScope scope, Need need, Map<String, Object> parameters) {
        parameters.put("consentPurpose", ConsentRecord.MATCHING);
        return "SELECT v.id, " + MatchScoring.PER_SKILL + " * coalesce(sk.skills, 0) + " + MatchScoring.PER_LANGUAGE
                + " * coalesce(lh.languages, 0) + CASE WHEN av.volunteer_id IS NULL THEN 0 ELSE "
                + MatchScoring.AVAILABLE + " END"
                + " + CASE WHEN bu.volunteer_id IS NULL THEN " + MatchScoring.FREE + " ELSE 0 END"
                + " + CASE WHEN ex.volunteer_id IS NULL THEN 0 ELSE " + MatchScoring.COUNTRY_EXPERIENCE
                + " END AS score"
                + " FROM candidate c JOIN volunteer v ON v.id = c.volunteer_id"
                + " LEFT JOIN skill_hits sk ON sk.volunteer_id = v.id LEFT JOIN language_hits lh ON lh.volunteer_id = v.id"
                + " LEFT JOIN available av ON av.volunteer_id = v.id LEFT JOIN busy bu ON bu.volunteer_id = v.id"
                + " LEFT JOIN experienced ex ON ex.volunteer_id = v.id"
                + " WHERE v.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM consent_record r WHERE r.volunteer_id = v.id"
                + " AND r.purpose = :consentPurpose AND r.withdrawn_at IS NULL)" + within(scope, parameters);
    }
}
