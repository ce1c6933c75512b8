package org.southsouth.backbone;

import org.southsouth.contracts.EventEnvelope;

/**
 * Applies one event. It must be idempotent (see {@link ProcessedEvents}); throwing
 * {@link org.southsouth.contracts.MalformedEventException} sends the record straight to the dead-letter topic,
 * any other exception is retried first.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope event);
}
