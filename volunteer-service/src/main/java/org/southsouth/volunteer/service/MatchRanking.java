package org.southsouth.volunteer.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.domain.ConsentRecord;
import org.southsouth.volunteer.domain.LanguageLevel;
import org.southsouth.volunteer.domain.MatchScoring;

/**
 * Ranks ACTIVE volunteers against a need in one SQL statement, with the weights of {@link MatchScoring}. Only
 * volunteers with a current consent to matching (given, not withdrawn) and at least one requested skill or
 * language, or available for the period, are candidates.
 */
@ApplicationScoped
public class MatchRanking {

    private static final String SERVED = "('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')";

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<UUID> page(AccessScope scope, Need need, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = entityManager.createNativeQuery("SELECT id FROM (" + scored(scope, need, parameters) + ") m"
                + " WHERE " + candidate() + " ORDER BY score DESC, id LIMIT " + size + " OFFSET " + ((long) page * size));
        parameters.forEach(query::setParameter);
        return ((List<Object>) query.getResultList()).stream().map(id -> (UUID) id).toList();
    }

    public long count(AccessScope scope, Need need) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = entityManager.createNativeQuery("SELECT count(*) FROM (" + scored(scope, need, parameters) + ") m WHERE " + candidate());
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A partner ranks its own nominees only. */
    private static String within(AccessScope scope, Map<String, Object> parameters) {
        if (scope.organizationId() == null) {
            return "";
        }
        parameters.put("scopeOrganization", scope.organizationId());
        return " AND v.home_organization_id = :scopeOrganization";
    }

    private static String candidate() {
        return "(skills + languages > 0 OR available)";
    }

    private static String scored(AccessScope scope, Need need, Map<String, Object> parameters) {
        parameters.put("consentPurpose", ConsentRecord.MATCHING);
        parameters.put("from", need.from());
        parameters.put("to", need.to());
        String skills = "0";
        if (!need.skills().isEmpty()) {
            skills = "(SELECT count(*) FROM volunteer_skill s WHERE s.volunteer_id = v.id AND s.skill_code IN (:skills))";
            parameters.put("skills", need.skills());
        }
        List<String> languageTerms = new ArrayList<>();
        for (int i = 0; i < need.languages().size(); i++) {
            Need.LanguageNeed language = need.languages().get(i);
            languageTerms.add("(SELECT count(*) FROM volunteer_language l WHERE l.volunteer_id = v.id AND l.language = :language" + i
                    + " AND l.level IN (:levels" + i + "))");
            parameters.put("language" + i, language.code());
            parameters.put("levels" + i, Arrays.stream(LanguageLevel.values()).filter(l -> l.atLeast(language.minimum()))
                    .map(Enum::name).toList());
        }
        String languages = languageTerms.isEmpty() ? "0" : String.join(" + ", languageTerms);
        String experience = "false";
        if (need.country() != null) {
            experience = "(EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.country = :country AND d.status IN " + SERVED + ")"
                    + " OR EXISTS (SELECT 1 FROM participation p WHERE p.volunteer_id = v.id AND p.event_country = :country AND p.status = 'ATTENDED'))";
            parameters.put("country", need.country());
        }
        String inner = "SELECT v.id, " + skills + " AS skills, " + languages + " AS languages,"
                + " EXISTS (SELECT 1 FROM availability_window a WHERE a.volunteer_id = v.id AND a.available_from <= :from"
                + " AND a.available_to >= :to) AS available,"
                + " NOT EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.status <> 'CANCELLED'"
                + " AND d.planned_start <= :to AND coalesce(d.ended_on, d.planned_end) >= :from) AS free,"
                + " " + experience + " AS experienced"
                + " FROM volunteer v WHERE v.status = 'ACTIVE'"
                + " AND EXISTS (SELECT 1 FROM consent_record c WHERE c.volunteer_id = v.id AND c.purpose = :consentPurpose"
                + " AND c.withdrawn_at IS NULL)" + within(scope, parameters);
        return "SELECT id, skills, languages, available, " + MatchScoring.PER_SKILL + " * skills + " + MatchScoring.PER_LANGUAGE
                + " * languages + CASE WHEN available THEN " + MatchScoring.AVAILABLE + " ELSE 0 END + CASE WHEN free THEN "
                + MatchScoring.FREE + " ELSE 0 END + CASE WHEN experienced THEN " + MatchScoring.COUNTRY_EXPERIENCE
                + " ELSE 0 END AS score FROM (" + inner + ") s";
    }
}
