package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

/** Ranks volunteers against a need (in the database) and explains each one on the page. */
@ApplicationScoped
public class MatchingService {

    @Inject
    MatchRanking ranking;

    @Inject
    MatchEvidence evidence;

    @Inject
    MatchExplanation explanation;

    /** One page of matches, best first, and the number of candidates. */
    public record Matches(List<Match> items, long total) {}

    public Matches page(AccessScope scope, Need need, int page, int size) {
        return page(scope, need, List.of(), page, size);
    }

    /** Leaves the volunteers given out of the ranking, e.g. those who already applied for the opportunity. */
    public Matches page(AccessScope scope, Need need, List<UUID> excluded, int page, int size) {
        MatchRanking.Ranked ranked = ranking.page(scope, need, excluded, page, size);
        List<UUID> ids = ranked.volunteerIds();
        if (ids.isEmpty()) {
            return new Matches(List.of(), ranked.total());
        }
        Map<UUID, MatchEvidence.Evidence> found = evidence.of(ids, need);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            matches.add(explanation.explain((long) page * size + i + 1, ids.get(i), found.get(ids.get(i)), need));
        }
        return new Matches(matches, ranked.total());
    }
}
