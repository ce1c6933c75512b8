package org.southsouth.events.event;

/** The kinds of knowledge-exchange event the network runs. */
public enum EventKind {
    FORUM,
    EXCHANGE_CAMP,
    CAPACITY_BUILDING,
    DELEGATION_VISIT,
    EXPERT_MISSION,
    WEBINAR
}
