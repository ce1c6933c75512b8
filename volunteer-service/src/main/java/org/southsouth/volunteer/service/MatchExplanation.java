package org.southsouth.volunteer.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.southsouth.volunteer.domain.Deployment;
import org.southsouth.volunteer.domain.DeploymentStatus;
import org.southsouth.volunteer.domain.LanguageLevel;
import org.southsouth.volunteer.domain.MatchScoring;
import org.southsouth.volunteer.domain.Participation;
import org.southsouth.volunteer.domain.SpokenLanguage;
import org.southsouth.volunteer.domain.Volunteer;

/** Says, for one ranked volunteer, what matched the need and what is missing, and recomputes the score from it. */
@ApplicationScoped
public class MatchExplanation {

    public Match explain(long rank, Volunteer volunteer, Need need) {
        List<String> skillsMatched = need.skills().stream().filter(volunteer.skills::contains).toList();
        List<String> skillsMissing = need.skills().stream().filter(s -> !volunteer.skills.contains(s)).toList();
        Map<String, LanguageLevel> spoken = volunteer.languages.stream()
                .collect(Collectors.toMap(SpokenLanguage::code, SpokenLanguage::level));
        List<String> languagesMatched = new ArrayList<>();
        List<String> languagesMissing = new ArrayList<>();
        for (Need.LanguageNeed language : need.languages()) {
            LanguageLevel level = spoken.get(language.code());
            if (level != null && level.atLeast(language.minimum())) {
                languagesMatched.add(language.code() + ":" + level);
            } else {
                languagesMissing.add(level == null ? language.code() : language.code() + ":" + level + "<" + language.minimum());
            }
        }
        boolean available = volunteer.availability.stream().anyMatch(w -> w.covers(need.from(), need.to()));
        List<Deployment> deployments = Deployment.list("volunteerId", volunteer.id);
        List<UUID> overlapping = deployments.stream()
                .filter(d -> d.status != DeploymentStatus.CANCELLED && !d.plannedStart.isAfter(need.to())
                        && !(d.endedOn != null ? d.endedOn : d.plannedEnd).isBefore(need.from()))
                .map(d -> d.id).sorted(Comparator.comparing(UUID::toString)).toList();
        boolean experience = need.country() != null && (deployments.stream()
                .anyMatch(d -> d.status.served() && need.country().equals(d.country))
                || Participation.count("volunteerId = ?1 and eventCountry = ?2 and status = ?3", volunteer.id, need.country(),
                Participation.ATTENDED) > 0);
        int score = MatchScoring.score(skillsMatched.size(), languagesMatched.size(), available, overlapping.isEmpty(), experience);
        return new Match(rank, volunteer.id, volunteer.name, volunteer.nationality, score, skillsMatched, skillsMissing,
                languagesMatched, languagesMissing, available, overlapping.isEmpty(), overlapping, experience);
    }
}
