package org.southsouth.volunteer.deployment;

import java.time.LocalDate;
import java.util.Optional;

/** The length rule of a deployment: it ends after it starts and lasts from 1 to 24 months. */
public final class DeploymentPeriod {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 24;

    private DeploymentPeriod() {}

    /** What is wrong with the planned end, if anything. */
    public static Optional<String> problemWith(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return Optional.of("must be after plannedStart");
        }
        if (end.isBefore(start.plusMonths(MIN_MONTHS))) {
            return Optional.of("must be at least " + MIN_MONTHS + " month after plannedStart");
        }
        if (end.isAfter(start.plusMonths(MAX_MONTHS))) {
            return Optional.of("must be at most " + MAX_MONTHS + " months after plannedStart");
        }
        return Optional.empty();
    }
}
