package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Says, for one ranked volunteer, what matched the need and what is missing, and recomputes the score from it. */
@ApplicationScoped
public class MatchExplanation {

    public Match explain(long rank, UUID volunteerId, MatchEvidence.Evidence evidence, Need need) {
        List<String> skillsMatched =
                need.skills().stream().filter(evidence.skills()::contains).toList();
        List<String> skillsMissing = need.skills().stream()
                .filter(s -> !evidence.skills().contains(s))
                .toList();
        List<String> languagesMatched = new ArrayList<>();
        List<String> languagesMissing = new ArrayList<>();
        for (Need.LanguageNeed language : need.languages()) {
            LanguageLevel level = evidence.languages().get(language.code());
            if (level != null && level.atLeast(language.minimum())) {
                languagesMatched.add(language.code() + ":" + level);
            } else {
                languagesMissing.add(
                        level == null ? language.code() : language.code() + ":" + level + "<" + language.minimum());
            }
        }
        List<UUID> overlapping = evidence.overlappingDeployments();
        int score = MatchScoring.score(
                skillsMatched.size(),
                languagesMatched.size(),
                evidence.available(),
                overlapping.isEmpty(),
                evidence.countryExperience());
        return new Match(
                rank,
                volunteerId,
                evidence.name(),
                evidence.nationality(),
                score,
                skillsMatched,
                skillsMissing,
                languagesMatched,
                languagesMissing,
                evidence.available(),
                overlapping.isEmpty(),
                overlapping,
                evidence.countryExperience());
    }
}
