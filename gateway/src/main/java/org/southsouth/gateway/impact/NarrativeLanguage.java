package org.southsouth.gateway.impact;

import java.lang.Character.UnicodeScript;

/**
 * The language of a narrative where its script tells it: text in Chinese characters with no Latin letters is
 * Chinese ({@code zh}). Anything else takes the activity's default language; the records carry no language of
 * their own for names and titles.
 */
final class NarrativeLanguage {

    private NarrativeLanguage() {}

    /** {@code zh}, or null for the activity's default. */
    static String of(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            UnicodeScript script = UnicodeScript.of(codePoint);
            if (script == UnicodeScript.LATIN) {
                return null;
            }
            han |= script == UnicodeScript.HAN;
            i += Character.charCount(codePoint);
        }
        return han ? "zh" : null;
    }
}
