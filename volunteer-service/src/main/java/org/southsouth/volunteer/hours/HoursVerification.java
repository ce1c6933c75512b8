package org.southsouth.volunteer.hours;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.southsouth.failure.InvalidInput;

/**
 * The verification an hours item may carry: {@code verified: true} verifies the entry as verifyServiceHours does,
 * {@code verifiedBy} saying who (at most 200 characters, as that call's body).
 */
public record HoursVerification(
        Boolean verified, @Size(max = 200) String verifiedBy) {

    static final List<String> FIELDS = List.of("verified", "verifiedBy");

    /** Whether the item asks for the entry to be verified; a verifier without {@code verified: true} is refused. */
    boolean asked() {
        if (!Boolean.TRUE.equals(verified) && verifiedBy != null) {
            throw new InvalidInput("verifiedBy", "is only given with verified: true");
        }
        return Boolean.TRUE.equals(verified);
    }

    /** Moves the item's verification fields out of {@code fields} into a document of their own. */
    static ObjectNode takeFrom(ObjectNode fields) {
        ObjectNode taken = fields.objectNode();
        FIELDS.stream().filter(fields::has).forEach(name -> taken.set(name, fields.remove(name)));
        return taken;
    }
}
