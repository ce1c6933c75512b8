package org.southsouth.backbone.postgres;

import java.time.Duration;

/** Events committed but not yet confirmed by Kafka, and how long the oldest has waited. */
public record OutboxBacklog(long unsent, Duration oldestAge) {}
