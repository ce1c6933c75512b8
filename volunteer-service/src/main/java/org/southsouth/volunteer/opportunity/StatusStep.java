package org.southsouth.volunteer.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One step of a lifecycle: the status taken, when, by which API client (or {@link #BY_SERVICE} when this service
 * took it as a consequence), and why when a reason was given.
 */
@Embeddable
public record StatusStep(
        @Column(name = "status", nullable = false) String status,
        @Column(name = "taken_at", nullable = false) Instant at,
        @Column(name = "taken_by", nullable = false) String by,
        @Column(name = "reason") String reason) {

    public static final String BY_SERVICE = "volunteer-service";
}
