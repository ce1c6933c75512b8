package org.southsouth.partner.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.southsouth.failure.Forbidden;
import org.southsouth.failure.RefusedField;
import org.southsouth.security.Caller;

/**
 * The fields of an organization the network decides, not the organization itself: whether it is a hub, where it
 * stands in its membership life cycle and since when it is a member. A partner edits the rest of its own profile.
 */
final class GovernedFields {

    private static final String ONLY_STAFF = "may be changed only by network admins and coordinators";

    private GovernedFields() {}

    /** 403 naming every governed field a non-staff caller's patch would change. */
    static void requireUnchangedUnlessStaff(Caller caller, OrganizationFields current, OrganizationFields patched) {
        if (caller.isStaff()) {
            return;
        }
        List<String> refused = changed(current, patched);
        if (!refused.isEmpty()) {
            throw new Forbidden(
                    String.join(", ", refused) + " " + ONLY_STAFF + "; nothing was changed.",
                    refused.stream()
                            .map(field -> new RefusedField(field, ONLY_STAFF))
                            .toList());
        }
    }

    /** The governed fields whose effective value the patch changes (an absent status keeps the current one). */
    static List<String> changed(OrganizationFields current, OrganizationFields patched) {
        List<String> fields = new ArrayList<>();
        if (Boolean.TRUE.equals(current.hub()) != Boolean.TRUE.equals(patched.hub())) {
            fields.add("hub");
        }
        if (patched.status() != null && patched.status() != current.status()) {
            fields.add("status");
        }
        if (!Objects.equals(current.joinedNetworkOn(), patched.joinedNetworkOn())) {
            fields.add("joinedNetworkOn");
        }
        return fields;
    }
}
