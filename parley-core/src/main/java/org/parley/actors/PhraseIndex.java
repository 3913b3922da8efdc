package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A token trie over knowledge-base phrases. Names (countries, organisations, people) match
 * with their capitalisation; agent words match in any case. Lookup is a walk of at most a
 * phrase's length per start token, so resolving a noun phrase costs microseconds.
 */
final class PhraseIndex {

    /** A phrase matched at {@code [start, end)} of the words, with every term it can name. */
    record Match(int start, int end, List<Term> terms) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Term> terms;
        List<List<String>> exactForms;
    }

    private final Node root = new Node();
    private int size;

    void add(String phrase, Term term, boolean caseSensitive) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(key(w), k -> new Node());
        }
        if (node.terms == null) {
            node.terms = new ArrayList<>(1);
            node.exactForms = new ArrayList<>(1);
        }
        List<String> exact = caseSensitive ? words : null;
        for (int k = 0; k < node.terms.size(); k++) {
            // The same term under another capitalisation ("NATO", "Nato") is another form to accept.
            if (node.terms.get(k).equals(term) && java.util.Objects.equals(node.exactForms.get(k), exact)) {
                return;
            }
        }
        node.terms.add(term);
        node.exactForms.add(exact);
        size++;
    }

    int size() {
        return size;
    }

    /** Longest matches, left to right, without overlaps. */
    List<Match> matchAll(List<String> words) {
        // Each word's key once, though the walks from several starts pass over it.
        String[] keys = new String[words.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(words.get(i));
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match m = longestAt(words, keys, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private Match longestAt(List<String> words, String[] keys, int start) {
        Node node = root;
        Match best = null;
        for (int j = start; j < words.size(); j++) {
            node = node.next.get(keys[j]);
            if (node == null) {
                break;
            }
            if (node.terms != null) {
                List<Term> ok = new ArrayList<>(node.terms.size());
                for (int k = 0; k < node.terms.size(); k++) {
                    List<String> exact = node.exactForms.get(k);
                    if ((exact == null || sameCase(exact, words, start)) && !ok.contains(node.terms.get(k))) {
                        ok.add(node.terms.get(k));
                    }
                }
                if (!ok.isEmpty()) {
                    best = new Match(start, j + 1, ok);
                }
            }
        }
        return best;
    }

    private static boolean sameCase(List<String> exact, List<String> words, int start) {
        for (int k = 0; k < exact.size(); k++) {
            String want = exact.get(k);
            String got = normalize(words.get(start + k));
            // A lower-case particle of a name ("bin", "al", "von") is also written capitalised: "Mohammed Bin Salman".
            boolean particle = want.equals(want.toLowerCase(Locale.ROOT)) && want.equalsIgnoreCase(got);
            if (!want.equals(got) && !particle
                    && !(isAllUpper(got) && want.toUpperCase(Locale.ROOT).equals(got) && got.length() > 3)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    static String key(String word) {
        return normalize(word).toLowerCase(Locale.ROOT);
    }

    /**
     * Curly apostrophes and quotes as straight ones, so "Russia’s" and "Russia's" meet; an
     * initial without its period, so "George W. Bush" and "George W Bush" meet.
     */
    static String normalize(String word) {
        String w = word.replace('\u2019', '\'').replace('\u2018', '\'');
        return w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0)) ? w.substring(0, 1) : w;
    }

    /**
     * Splits a knowledge-base phrase the way the parser tokenizes running text: on spaces,
     * with possessive {@code 's} and trailing commas split off. A leading "the" is dropped,
     * since determiners stay outside the match.
     */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String raw : WHITESPACE.split(phrase.trim())) {
            if (raw.isEmpty()) {
                continue;
            }
            String w = normalize(raw);
            String trailing = null;
            if (w.length() > 1 && w.endsWith(",")) {
                trailing = ",";
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() > 2 && w.endsWith("'s")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else {
                out.add(w);
            }
            if (trailing != null) {
                out.add(trailing);
            }
        }
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
            out.remove(0);
        }
        return out;
    }
}
