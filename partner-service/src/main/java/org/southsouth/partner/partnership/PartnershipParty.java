package org.southsouth.partner.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/** An organization taking part in a partnership, in one IATI participating-org role. */
@Embeddable
public class PartnershipParty {

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    protected PartnershipParty() {}

    public PartnershipParty(UUID organizationId, PartyRole role) {
        this.organizationId = organizationId;
        this.role = role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnershipParty party
                && party.organizationId.equals(organizationId)
                && party.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, role);
    }
}
