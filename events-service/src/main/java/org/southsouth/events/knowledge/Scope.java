package org.southsouth.events.knowledge;

/** How far a good practice reaches. */
public enum Scope {
    LOCAL,
    NATIONAL,
    REGIONAL,
    GLOBAL
}
