package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Recounts the events whose attendance counts are due: an attendance change interrupted before its recount (or whose
 * writer died past the grace), or an event stored before the counters existed (run by {@link Housekeeping}).
 */
@ApplicationScoped
public class AttendanceReconciliation {

    private static final Logger LOG = Logger.getLogger(AttendanceReconciliation.class);

    @Inject
    AttendanceCounters counters;

    /** Recounts every stale event; returns how many were. */
    public int reconcile() {
        int recounted = counters.reconcile();
        if (recounted > 0) {
            LOG.infof("Recounted the attendance of %d events", recounted);
        }
        return recounted;
    }
}
