package org.southsouth.events.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.southsouth.events.knowledge.ReviewStatus;
import org.southsouth.events.participation.ParticipationStatus;

/** Every lifecycle transition, allowed and refused. */
class TransitionsTest {

    @Test
    void eventsGoDraftOpenClosedCompletedAndCanBeCancelledUntilCompleted() {
        assertEquals(EnumSet.of(EventStatus.OPEN, EventStatus.CANCELLED), next(EventStatus.DRAFT));
        assertEquals(EnumSet.of(EventStatus.CLOSED, EventStatus.CANCELLED), next(EventStatus.OPEN));
        assertEquals(EnumSet.of(EventStatus.COMPLETED, EventStatus.CANCELLED), next(EventStatus.CLOSED));
        assertEquals(Set.of(), next(EventStatus.COMPLETED));
        assertEquals(Set.of(), next(EventStatus.CANCELLED));
    }

    @Test
    void participationsEndAttendedNoShowOrCancelled() {
        assertEquals(
                EnumSet.of(ParticipationStatus.ATTENDED, ParticipationStatus.NO_SHOW, ParticipationStatus.CANCELLED),
                nextParticipation(ParticipationStatus.REGISTERED));
        assertEquals(
                EnumSet.of(ParticipationStatus.REGISTERED, ParticipationStatus.CANCELLED),
                nextParticipation(ParticipationStatus.WAITLISTED));
        assertEquals(EnumSet.of(ParticipationStatus.NO_SHOW), nextParticipation(ParticipationStatus.ATTENDED));
        assertEquals(EnumSet.of(ParticipationStatus.ATTENDED), nextParticipation(ParticipationStatus.NO_SHOW));
        assertEquals(Set.of(), nextParticipation(ParticipationStatus.CANCELLED));
    }

    @Test
    void onlyRegisteredAttendedAndNoShowHoldSeats() {
        assertEquals(
                EnumSet.of(ParticipationStatus.REGISTERED, ParticipationStatus.ATTENDED, ParticipationStatus.NO_SHOW),
                EnumSet.allOf(ParticipationStatus.class).stream()
                        .filter(ParticipationStatus::holdsSeat)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ParticipationStatus.class))));
    }

    @Test
    void onlyChangesToOrFromAttendedChangeTheAttendanceCounts() {
        assertEquals(
                Set.of(
                        List.of(ParticipationStatus.REGISTERED, ParticipationStatus.ATTENDED),
                        List.of(ParticipationStatus.ATTENDED, ParticipationStatus.NO_SHOW),
                        List.of(ParticipationStatus.NO_SHOW, ParticipationStatus.ATTENDED)),
                EnumSet.allOf(ParticipationStatus.class).stream()
                        .flatMap(from -> nextParticipation(from).stream()
                                .filter(from::changesAttended)
                                .map(to -> List.of(from, to)))
                        .collect(Collectors.toSet()));
    }

    @Test
    void knowledgeProductsGoThroughReviewAndCanBeSentBack() {
        assertEquals(EnumSet.of(ReviewStatus.IN_REVIEW), nextReview(ReviewStatus.DRAFT));
        assertEquals(EnumSet.of(ReviewStatus.DRAFT, ReviewStatus.PUBLISHED), nextReview(ReviewStatus.IN_REVIEW));
        assertEquals(EnumSet.of(ReviewStatus.ARCHIVED), nextReview(ReviewStatus.PUBLISHED));
        assertEquals(Set.of(), nextReview(ReviewStatus.ARCHIVED));
    }

    private static Set<EventStatus> next(EventStatus from) {
        return EnumSet.allOf(EventStatus.class).stream().filter(from::canBecome).collect(Collectors.toSet());
    }

    private static Set<ParticipationStatus> nextParticipation(ParticipationStatus from) {
        return EnumSet.allOf(ParticipationStatus.class).stream()
                .filter(from::canBecome)
                .collect(Collectors.toSet());
    }

    private static Set<ReviewStatus> nextReview(ReviewStatus from) {
        return EnumSet.allOf(ReviewStatus.class).stream()
                .filter(from::canBecome)
                .collect(Collectors.toSet());
    }
}
