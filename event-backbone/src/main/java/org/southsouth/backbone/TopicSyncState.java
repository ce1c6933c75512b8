package org.southsouth.backbone;

/**
 * How far a service is with one topic it learns from: whether its consumer reads now, and how many records wait
 * (0 when it has applied everything published so far).
 */
public record TopicSyncState(String topic, boolean reading, long lag) {
}
