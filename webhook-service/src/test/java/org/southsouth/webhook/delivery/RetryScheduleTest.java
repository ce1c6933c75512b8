package org.southsouth.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> THREE_DAYS = List.of(
            Duration.ZERO,
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(14),
            Duration.ofHours(20),
            Duration.ofHours(24));

    @Test
    void eachFailedAttemptWaitsTheNextDelayAndTheLastEndsTheSchedule() {
        RetrySchedule schedule = new RetrySchedule(THREE_DAYS, 0, Duration.ofHours(24));
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.after(1, null));
        assertEquals(Optional.of(Duration.ofHours(24)), schedule.after(9, null));
        assertEquals(Optional.empty(), schedule.after(10, null));
        Duration total = THREE_DAYS.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(
                total.compareTo(Duration.ofDays(3)) > 0 && total.compareTo(Duration.ofDays(4)) < 0, total.toString());
    }

    @Test
    void jitterMovesADelayByAtMostTheFractionEitherWay() {
        RetrySchedule schedule = new RetrySchedule(THREE_DAYS, 0.1, Duration.ofHours(24));
        for (int i = 0; i < 200; i++) {
            long millis = schedule.after(3, null).orElseThrow().toMillis();
            assertTrue(millis >= 27 * 60_000 && millis <= 33 * 60_000, millis + " ms");
        }
    }

    @Test
    void retryAfterLengthensTheWaitUpToTheCapButNeverShortensIt() {
        RetrySchedule schedule = new RetrySchedule(THREE_DAYS, 0, Duration.ofHours(24));
        assertEquals(Optional.of(Duration.ofSeconds(120)), schedule.after(1, Duration.ofSeconds(120)));
        assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.after(2, Duration.ofSeconds(1)));
        assertEquals(Optional.of(Duration.ofHours(24)), schedule.after(1, Duration.ofDays(30)));
    }
}
