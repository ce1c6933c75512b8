package org.southsouth.volunteer.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Dates (both included) in which a volunteer can serve. */
@Embeddable
public record AvailabilityWindow(
        @Column(name = "available_from", nullable = false) LocalDate from,
        @Column(name = "available_to", nullable = false) LocalDate to) {

    public boolean covers(LocalDate start, LocalDate end) {
        return !from.isAfter(start) && !to.isBefore(end);
    }
}
