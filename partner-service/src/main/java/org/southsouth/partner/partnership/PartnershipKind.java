package org.southsouth.partner.partnership;

/** What an agreement is about. */
public enum PartnershipKind {
    MOU,
    EXCHANGE_PROGRAMME,
    FUNDING,
    KNOWLEDGE_SHARING,
    JOINT_RESEARCH
}
