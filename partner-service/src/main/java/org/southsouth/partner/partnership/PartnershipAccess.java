package org.southsouth.partner.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.southsouth.failure.Forbidden;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RefusedField;
import org.southsouth.security.Caller;

/**
 * Who may see and change a partnership (DESIGN §6). Signed agreements are public to every authenticated caller; a
 * DRAFT is still being negotiated, so only staff and the parties' own organizations see it, and to everyone else
 * it does not exist (404). Changes are for staff and the parties.
 */
public final class PartnershipAccess {

    private PartnershipAccess() {}

    static boolean maySee(Caller caller, Partnership partnership) {
        return maySee(caller, partnership.status, parties(partnership));
    }

    public static boolean maySee(Caller caller, PartnershipStatus status, Set<UUID> parties) {
        return status != PartnershipStatus.DRAFT || caller.actsForAny(parties);
    }

    static void requireVisible(Caller caller, Partnership partnership) {
        if (!maySee(caller, partnership)) {
            throw new NotFound("Partnership", partnership.id);
        }
    }

    static void requireParty(Caller caller, Partnership partnership) {
        if (!caller.actsForAny(parties(partnership))) {
            throw new Forbidden("Only network staff and the organizations party to partnership " + partnership.id
                    + " may change it.");
        }
    }

    /**
     * A partner records (or reshapes) only agreements its own organization is party to. Missing parties are left to
     * validation, which answers 400.
     */
    static void requireOwnAgreement(Caller caller, List<PartnershipFields.Party> parties) {
        if (parties == null || caller.actsForAny(organizations(parties))) {
            return;
        }
        String message = "must include the caller's own organization";
        throw new Forbidden(
                "A partner may record only partnerships its own " + "organization is party to; nothing was changed.",
                List.of(new RefusedField("parties", message)));
    }

    private static Set<UUID> parties(Partnership partnership) {
        return partnership.parties.stream().map(party -> party.organizationId).collect(Collectors.toSet());
    }

    private static Set<UUID> organizations(Collection<PartnershipFields.Party> parties) {
        return parties.stream()
                .filter(Objects::nonNull)
                .map(PartnershipFields.Party::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
