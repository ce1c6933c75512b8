package org.southsouth.partner.partnership;

/** IATI participating-org roles (codelist OrganisationRole 1–4). */
public enum PartyRole {
    FUNDING(1),
    ACCOUNTABLE(2),
    EXTENDING(3),
    IMPLEMENTING(4);

    private final int iatiCode;

    PartyRole(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }
}
