package org.southsouth.events.knowledge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words for search in any language, without a text index: text is normalized (NFKC, lower case, accents
 * dropped) and split into words; scripts written without spaces (Chinese, Japanese, Korean, Thai...) give
 * every character and every pair of adjacent characters, so any two-character word of a query matches.
 */
public final class SearchKeywords {

    private SearchKeywords() {}

    /** The keywords stored with a document for the given texts. */
    public static List<String> of(List<String> texts) {
        Set<String> keywords = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                keywords.addAll(tokens(text, true));
            }
        }
        return List.copyOf(keywords);
    }

    /** The terms a query must all match: words, and for unspaced scripts pairs of characters (or a single one). */
    public static List<String> queryTerms(String query) {
        return List.copyOf(tokens(query, false));
    }

    private static Set<String> tokens(String text, boolean indexing) {
        String normalized = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        StringBuilder unspaced = new StringBuilder();
        normalized.codePoints().forEach(cp -> {
            if (isUnspaced(cp)) {
                flushWord(word, tokens);
                unspaced.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushUnspaced(unspaced, tokens, indexing);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, tokens);
                flushUnspaced(unspaced, tokens, indexing);
            }
        });
        flushWord(word, tokens);
        flushUnspaced(unspaced, tokens, indexing);
        return tokens;
    }

    private static void flushWord(StringBuilder word, Set<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushUnspaced(StringBuilder run, Set<String> tokens, boolean indexing) {
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1 || (indexing && chars.length > 0)) {
            for (int cp : chars) {
                tokens.add(new String(Character.toChars(cp)));
            }
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            tokens.add(new String(chars, i, 2));
        }
        run.setLength(0);
    }

    private static boolean isUnspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }
}
