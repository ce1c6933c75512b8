package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Recounts the events whose attendance counts are stale: an attendance change interrupted before its recount, or an
 * event stored before the counters existed (run by {@link Housekeeping}).
 */
@ApplicationScoped
public class AttendanceReconciliation {

    private static final Logger LOG = Logger.getLogger(AttendanceReconciliation.class);

    @Inject
    AttendanceCounters counters;

    /** Recounts every stale event; returns how many were. */
    public int reconcile() {
        List<UUID> stale = counters.stale();
        stale.forEach(counters::recount);
        if (!stale.isEmpty()) {
            LOG.infof("Recounted the attendance of %d events", stale.size());
        }
        return stale.size();
    }
}
