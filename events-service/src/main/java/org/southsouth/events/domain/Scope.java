package org.southsouth.events.domain;

/** How far a good practice reaches. */
public enum Scope {
    LOCAL,
    NATIONAL,
    REGIONAL,
    GLOBAL
}
