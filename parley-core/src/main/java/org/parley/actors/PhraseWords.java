package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The words of free text as the resolver reads them, and which of them are proper names. */
final class PhraseWords {

    /** Opening quotes and brackets before a word, closing punctuation after it (compiled once: resolution is hot). */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"“‘(\\[]+|[,;:!?\"”’)\\]]+$");

    private PhraseWords() {
    }

    /** Words of free text: knowledge-base tokenization, with trailing punctuation removed. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : PhraseIndex.words(phrase)) {
            // Trailing punctuation is not part of a name; a final period is, in abbreviations ("U.S.").
            String x = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (x.endsWith(".") && x.indexOf('.') == x.length() - 1) {
                x = x.substring(0, x.length() - 1);
            }
            if (!x.isEmpty()) {
                words.add(x);
            }
        }
        return words;
    }

    /** Which words start with a capital letter. */
    static boolean[] proper(List<String> words) {
        boolean[] proper = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            proper[i] = Character.isUpperCase(words.get(i).codePointAt(0));
        }
        return proper;
    }
}
