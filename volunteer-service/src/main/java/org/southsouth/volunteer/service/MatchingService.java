package org.southsouth.volunteer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.domain.Volunteer;

/** Ranks volunteers against a need (in the database) and explains each one on the page. */
@ApplicationScoped
public class MatchingService {

    @Inject
    MatchRanking ranking;

    @Inject
    MatchExplanation explanation;

    public List<Match> page(AccessScope scope, Need need, int page, int size) {
        List<UUID> ids = ranking.page(scope, need, page, size);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Volunteer> volunteers = Volunteer.<Volunteer>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            matches.add(explanation.explain((long) page * size + i + 1, volunteers.get(ids.get(i)), need));
        }
        return matches;
    }

    public long count(AccessScope scope, Need need) {
        return ranking.count(scope, need);
    }
}
