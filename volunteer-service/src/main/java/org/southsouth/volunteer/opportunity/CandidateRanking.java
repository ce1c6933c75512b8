package org.southsouth.volunteer.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.application.Application;
import org.southsouth.volunteer.application.ApplicationStatus;
import org.southsouth.volunteer.volunteer.Match;
import org.southsouth.volunteer.volunteer.MatchEvidence;
import org.southsouth.volunteer.volunteer.MatchExplanation;
import org.southsouth.volunteer.volunteer.MatchingService;
import org.southsouth.volunteer.volunteer.Need;

/**
 * Ranks with the matching's explainable scores ({@link MatchExplanation}): the applicants of an opportunity, the
 * volunteers matching suggests for it, and the open opportunities for one volunteer. Ties go by id in PostgreSQL's UUID
 * order, as in matching.
 */
@ApplicationScoped
public class CandidateRanking {

    /** PostgreSQL compares UUIDs as unsigned bytes, which is the order of their lower-case text. */
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::score)
            .reversed()
            .thenComparing(match -> match.volunteerId().toString());

    @Inject
    MatchingService matching;

    @Inject
    MatchEvidence evidence;

    @Inject
    MatchExplanation explanation;

    @Inject
    OpportunityStore opportunities;

    /** A candidate with its live application, if it has one. */
    public record Candidate(Match match, Application application) {}

    /** An open opportunity and how the volunteer matches it. */
    public record RankedOpportunity(Opportunity opportunity, Match match) {}

    public record Ranked<T>(List<T> items, long total) {}

    /** The live applicants (SUBMITTED, SHORTLISTED, OFFERED, ACCEPTED), whatever their consent: applying asks to be considered. */
    public Ranked<Candidate> applicants(Opportunity opportunity, int page, int size) {
        Map<UUID, Application> live = new HashMap<>();
        Application.<Application>list("opportunityId = ?1 and status in ?2", opportunity.id, ApplicationStatus.LIVE)
                .forEach(application -> live.put(application.volunteerId, application));
        Need need = OpportunityNeeds.of(opportunity);
        List<UUID> ids = List.copyOf(live.keySet());
        Map<UUID, MatchEvidence.Evidence> found = ids.isEmpty() ? Map.of() : evidence.of(ids, need);
        List<Match> ranked = ids.stream()
                .map(id -> explanation.explain(0, id, found.get(id), need))
                .sorted(BEST_FIRST)
                .toList();
        List<Candidate> items = new ArrayList<>();
        for (int i = first(page, size); i < end(ranked, page, size); i++) {
            items.add(new Candidate(
                    withRank(ranked.get(i), i + 1), live.get(ranked.get(i).volunteerId())));
        }
        return new Ranked<>(items, ranked.size());
    }

    /** Matching's ranking for the opportunity's need within the scope (a partner: its nominees), without the live applicants. */
    public Ranked<Candidate> suggested(AccessScope scope, Opportunity opportunity, int page, int size) {
        List<UUID> applicants = Application.find(
                        "select volunteerId from Application where opportunityId = ?1 and status in ?2",
                        opportunity.id,
                        ApplicationStatus.LIVE)
                .project(UUID.class)
                .list();
        MatchingService.Matches matches =
                matching.page(scope, OpportunityNeeds.of(opportunity), applicants, page, size);
        return new Ranked<>(
                matches.items().stream()
                        .map(match -> new Candidate(match, null))
                        .toList(),
                matches.total());
    }

    /** Every OPEN opportunity whose deadline has not passed, best match for the volunteer first. */
    public Ranked<RankedOpportunity> forVolunteer(UUID volunteerId, int page, int size) {
        List<Opportunity> candidates = opportunities.page(
                AccessScope.EVERYTHING,
                OpportunityFilter.openForApplications(),
                new OpportunityStore.Order("id", false),
                0,
                Integer.MAX_VALUE);
        List<RankedOpportunity> ranked = new ArrayList<>();
        for (Opportunity opportunity : candidates) {
            Need need = OpportunityNeeds.of(opportunity);
            ranked.add(new RankedOpportunity(
                    opportunity,
                    explanation.explain(
                            0,
                            volunteerId,
                            evidence.of(List.of(volunteerId), need).get(volunteerId),
                            need)));
        }
        ranked.sort(Comparator.comparing(
                        RankedOpportunity::match,
                        Comparator.comparingInt(Match::score).reversed())
                .thenComparing(r -> r.opportunity().id.toString()));
        List<RankedOpportunity> items = new ArrayList<>();
        for (int i = first(page, size); i < end(ranked, page, size); i++) {
            items.add(new RankedOpportunity(
                    ranked.get(i).opportunity(), withRank(ranked.get(i).match(), i + 1)));
        }
        return new Ranked<>(items, ranked.size());
    }

    private static int first(int page, int size) {
        return page * size;
    }

    private static int end(List<?> ranked, int page, int size) {
        return (int) Math.min(ranked.size(), (long) page * size + size);
    }

    private static Match withRank(Match m, long rank) {
        return new Match(
                rank,
                m.volunteerId(),
                m.name(),
                m.nationality(),
                m.score(),
                m.skillsMatched(),
                m.skillsMissing(),
                m.languagesMatched(),
                m.languagesMissing(),
                m.available(),
                m.noOverlappingDeployment(),
                m.overlappingDeployments(),
                m.countryExperience());
    }
}
