package org.southsouth.partner.domain;

/** A status change the life cycle does not allow; nothing was changed. */
public class InvalidTransition extends RuntimeException {

    public InvalidTransition(String what, Enum<?> from, Enum<?> to, java.util.Set<? extends Enum<?>> allowed) {
        super(what + " cannot go from " + from + " to " + to + "; allowed from " + from + ": "
                + (allowed.isEmpty() ? "none" : allowed));
    }
}
