package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What explains the matches of one page, read with one statement per kind for all the page's volunteers. */
@ApplicationScoped
public class MatchEvidence {

    @Inject
    EntityManager entityManager;

    /** A ranked volunteer, with what it holds of the need. */
    public record Evidence(
            String name,
            String nationality,
            Set<String> skills,
            Map<String, LanguageLevel> languages,
            boolean available,
            List<UUID> overlappingDeployments,
            boolean countryExperience) {}

    public Map<UUID, Evidence> of(List<UUID> ids, Need need) {
        Map<UUID, Set<String>> skills = new HashMap<>();
        if (!need.skills().isEmpty()) {
            for (Object[] row : rows(
                    "SELECT volunteer_id, skill_code FROM volunteer_skill WHERE volunteer_id = ANY(:ids)"
                            + " AND skill_code IN (:skills)",
                    ids,
                    Map.of("skills", need.skills()))) {
                skills.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]);
            }
        }
        Map<UUID, Map<String, LanguageLevel>> languages = new HashMap<>();
        if (!need.languages().isEmpty()) {
            for (Object[] row : rows(
                    "SELECT volunteer_id, language, level FROM volunteer_language WHERE volunteer_id = ANY(:ids)"
                            + " AND language IN (:codes)",
                    ids,
                    Map.of(
                            "codes",
                            need.languages().stream()
                                    .map(Need.LanguageNeed::code)
                                    .toList()))) {
                languages
                        .computeIfAbsent((UUID) row[0], id -> new HashMap<>())
                        .put((String) row[1], LanguageLevel.valueOf((String) row[2]));
            }
        }
        Map<String, Object> period = Map.of("from", need.from(), "to", need.to());
        Set<UUID> available = volunteers(
                "SELECT volunteer_id FROM availability_window WHERE volunteer_id = ANY(:ids) AND "
                        + MatchConditions.COVERS_PERIOD,
                ids,
                period);
        Map<UUID, List<UUID>> overlapping = new HashMap<>();
        for (Object[] row : rows(
                "SELECT volunteer_id, id FROM deployment WHERE volunteer_id = ANY(:ids) AND "
                        + MatchConditions.OVERLAPS_PERIOD + " ORDER BY id",
                ids,
                period)) {
            overlapping.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]);
        }
        Set<UUID> experienced = need.country() == null
                ? Set.of()
                : volunteers(
                        "SELECT volunteer_id FROM (" + MatchConditions.EXPERIENCED
                                + ") e WHERE volunteer_id = ANY(:ids)",
                        ids,
                        Map.of("country", need.country()));
        Map<UUID, Evidence> evidence = new HashMap<>();
        for (Object[] row : rows("SELECT id, name, nationality FROM volunteer WHERE id = ANY(:ids)", ids, Map.of())) {
            UUID id = (UUID) row[0];
            evidence.put(
                    id,
                    new Evidence(
                            (String) row[1],
                            (String) row[2],
                            skills.getOrDefault(id, Set.of()),
                            languages.getOrDefault(id, Map.of()),
                            available.contains(id),
                            overlapping.getOrDefault(id, List.of()),
                            experienced.contains(id)));
        }
        return evidence;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<UUID> ids, Map<String, Object> parameters) {
        return query(sql, ids, parameters).getResultList();
    }

    private Set<UUID> volunteers(String sql, List<UUID> ids, Map<String, Object> parameters) {
        Set<UUID> volunteers = new HashSet<>();
        for (Object id : query(sql, ids, parameters).getResultList()) {
            volunteers.add((UUID) id);
        }
        return volunteers;
    }

    private Query query(String sql, List<UUID> ids, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        query.setParameter("ids", ids.toArray(UUID[]::new));
        parameters.forEach(query::setParameter);
        return query;
    }
}
