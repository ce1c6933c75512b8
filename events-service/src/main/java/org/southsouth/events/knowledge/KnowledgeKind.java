package org.southsouth.events.knowledge;

/** What sort of knowledge product it is. */
public enum KnowledgeKind {
    GOOD_PRACTICE,
    RESEARCH,
    MANUAL,
    GUIDANCE
}
