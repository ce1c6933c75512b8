package org.southsouth.events.domain;

/** DRAFT → OPEN → CLOSED → COMPLETED, or CANCELLED. */
public enum EventStatus {
    DRAFT, OPEN, CLOSED, COMPLETED, CANCELLED
}
