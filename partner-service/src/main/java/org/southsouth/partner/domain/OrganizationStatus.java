package org.southsouth.partner.domain;

/** Where an organization stands in the network. */
public enum OrganizationStatus {
    PROSPECT, ACTIVE, INACTIVE
}
