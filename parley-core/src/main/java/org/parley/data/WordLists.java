package org.parley.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named word lists the stages read ("coding.light-verbs", "quotes.speech-verbs"), loaded
 * once from the data files in {@code parley/words/} and handed to each stage by the pipeline,
 * so a list is written once, in data, and a test can hand a stage a fictional one. Each file
 * has the columns {@code list}, {@code words} ({@code |}-separated, lower case) and
 * {@code note}; a list's full name is the file's name and the list's ({@code coding.tsv},
 * {@code light-verbs}: {@code coding.light-verbs}). Asking for a list that no file defines
 * fails at start-up with the names there are. Immutable and thread-safe.
 */
public final class WordLists {

    public static final String DIR = "parley/words/";
    /** The built-in files, one per package whose stages read them. */
    private static final List<String> FILES = List.of("actors", "coding", "quotes", "stances");

    private final Map<String, Set<String>> lists;

    private WordLists(Map<String, Set<String>> lists) {
        this.lists = Collections.unmodifiableMap(new TreeMap<>(lists));
    }

    /** The built-in lists. */
    public static WordLists load() {
        Map<String, Set<String>> lists = new TreeMap<>();
        for (String file : FILES) {
            read(file, TsvTable.resource(DIR + file + ".tsv"), lists);
        }
        return new WordLists(lists);
    }

    /** Lists given directly, by full name: for tests that hand a stage a lexicon of their own. */
    public static WordLists of(Map<String, Set<String>> lists) {
        Map<String, Set<String>> copy = new TreeMap<>();
        lists.forEach((name, words) -> copy.put(name, Set.copyOf(words)));
        return new WordLists(copy);
    }

    /** These lists with some replaced or added: a test's variant of the built-in lexicon. */
    public WordLists with(Map<String, Set<String>> replacements) {
        Map<String, Set<String>> copy = new TreeMap<>(lists);
        replacements.forEach((name, words) -> copy.put(name, Set.copyOf(words)));
        return new WordLists(copy);
    }

    private static void read(String prefix, TsvTable table, Map<String, Set<String>> into) {
        for (TsvTable.Row row : table.rows()) {
            String name = prefix + "." + row.require("list");
            List<String> words = new ArrayList<>();
            for (String w : row.list("words")) {
                if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                    throw row.error("word '" + w + "' of list " + name + " is not lower case");
                }
                words.add(w);
            }
            if (words.isEmpty()) {
                throw row.error("list " + name + " has no words");
            }
            if (into.put(name, Set.copyOf(words)) != null) {
                throw row.error("list " + name + " is defined twice");
            }
        }
    }

    /** The list of that full name; an unknown name is a programming or packaging error, said at once. */
    public Set<String> get(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new DataFileException("no word list '" + name + "' in " + DIR + " (have " + lists.keySet() + ")");
        }
        return words;
    }

    /** The names of all lists, sorted. */
    public Set<String> names() {
        return lists.keySet();
    }
}
