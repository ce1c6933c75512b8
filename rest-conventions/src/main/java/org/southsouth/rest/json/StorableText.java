package org.southsouth.rest.json;

/**
 * Text every store can keep: PostgreSQL refuses the NUL character in text, and a UTF-16 surrogate without its
 * pair has no UTF-8 encoding, so either would otherwise fail only at the database, as a server error.
 */
public final class StorableText {

    public static final String RULE = "must not contain NUL characters or unpaired UTF-16 surrogates";

    private StorableText() {}

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
