package org.parley.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.data.DataFileException;
import org.parley.data.TsvTable;
import org.parley.ontology.Ontology;

/**
 * The event lexicon: predicate patterns ({@code events.tsv}), intent compositions
 * ({@code intent.tsv}) and discard words ({@code discards.tsv}). Every CAMEO code is checked
 * against the ontology when loading, so a typo fails at start-up with file and line.
 */
public final class Lexicon {

    public static final String DIR = "parley/lexicon/";

    /**
     * An intent head ("agree", "threaten") whose infinitive complement codes a code starting
     * with {@code complementPrefix} ("04", "057", or "*" for any) codes {@code cameo} instead.
     * {@code cameo} may be {@link #COMPLEMENT} (code the complement's own event with the head's
     * subject) or null (code nothing: "refused to comment").
     */
    public record Intent(String id, String head, String complementPrefix, String cameo) {
    }

    /** The intent value meaning "code the complement's own event". */
    public static final String COMPLEMENT = "=";
    /** Patterns by kind, then lemma: the coder's lookup for every token, without building keys. */
    private final Map<Pattern.PredicateKind, Map<String, List<Pattern>>> byKind = new java.util.EnumMap<>(Pattern.PredicateKind.class);
    private final Map<String, Map<String, Intent>> intents;
    /** Discards by first word: the word alone (a one-word discard) first, then the phrases it starts. */
    private final Map<String, List<List<String>>> discardsByFirst;
    private final int size;
    private final String checksum;

    private Lexicon(Map<String, List<Pattern>> byKey, Map<String, Map<String, Intent>> intents, Set<String> discards,
                    int size, String checksum) {
        for (Pattern.PredicateKind k : Pattern.PredicateKind.values()) {
            byKind.put(k, new HashMap<>());
        }
        for (List<Pattern> ps : byKey.values()) {
            byKind.get(ps.get(0).pos()).put(ps.get(0).lemma(), List.copyOf(ps));
        }
        this.intents = intents;
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        for (String d : discards) {
            String[] parts = d.split("\\s+");
            List<List<String>> entries = byFirst.computeIfAbsent(parts.length == 1 ? d : parts[0], k -> new ArrayList<>());
            if (parts.length == 1) {
                entries.add(0, List.of(d));
            } else {
                entries.add(List.of(parts));
            }
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.discardsByFirst = byFirst;
        this.size = size;
        this.checksum = checksum;
    }

    public static Lexicon load(Ontology ontology) {
        return from(TsvTable.resource(DIR + "events.tsv"), TsvTable.resource(DIR + "intent.tsv"),
                TsvTable.resource(DIR + "discards.tsv"), ontology);
    }

    public static Lexicon from(TsvTable events, TsvTable intentTable, TsvTable discardTable, Ontology ontology) {
        Map<String, List<Pattern>> byKey = new HashMap<>();
        Set<String> ids = new HashSet<>();
        StringBuilder digest = new StringBuilder();
        int n = 0;
        for (TsvTable.Row row : events.rows()) {
            String id = row.require("id");
            if (!ids.add(id)) {
                throw row.error("duplicate pattern id " + id);
            }
            String cameo = code(row, "cameo", ontology);
            Pattern.PredicateKind kind = switch (row.require("pos").toLowerCase(Locale.ROOT)) {
                case "verb" -> Pattern.PredicateKind.VERB;
                case "noun" -> Pattern.PredicateKind.NOUN;
                case "adj" -> Pattern.PredicateKind.ADJ;
                default -> throw row.error("pos must be verb, noun or adj");
            };
            String negated = row.get("negated") == null ? null : code(row, "negated", ontology);
            Pattern p = new Pattern(id, cameo, kind, row.require("lemma").toLowerCase(Locale.ROOT),
                    lower(row.get("particle")), lowerSet(row.list("prep")), lowerSet(row.list("object")), negated);
            byKey.computeIfAbsent(key(kind, p.lemma()), k -> new ArrayList<>()).add(p);
            digest.append(String.join("\t", row.cells())).append('\n');
            n++;
        }
        Map<String, Map<String, Intent>> intents = new HashMap<>();
        for (TsvTable.Row row : intentTable.rows()) {
            String prefix = row.require("complement_root");
            String cameo = row.get("cameo");
            if (cameo != null && !cameo.equals(COMPLEMENT)) {
                cameo = code(row, "cameo", ontology);
            }
            Intent in = new Intent(row.require("id"), row.require("head").toLowerCase(Locale.ROOT), prefix, cameo);
            if (intents.computeIfAbsent(in.head(), k -> new HashMap<>()).put(prefix, in) != null) {
                throw row.error("duplicate intent " + in.head() + " + " + prefix);
            }
            digest.append(String.join("\t", row.cells())).append('\n');
        }
        Set<String> discards = new HashSet<>();
        for (TsvTable.Row row : discardTable.rows()) {
            discards.add(row.require("word").toLowerCase(Locale.ROOT));
        }
        if (n == 0) {
            throw new DataFileException(events.source() + ": no patterns");
        }
        return new Lexicon(byKey, intents, Set.copyOf(discards), n, sha(digest.toString()));
    }

    private static String code(TsvTable.Row row, String column, Ontology ontology) {
        String c = row.require(column);
        if (ontology.find(c).isEmpty()) {
            throw row.error("unknown CAMEO code '" + c + "' in column " + column);
        }
        return c;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerSet(List<String> items) {
        Set<String> out = new HashSet<>();
        for (String s : items) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String key(Pattern.PredicateKind kind, String lemma) {
        return kind.name() + ":" + lemma;
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Pattern> patterns(Pattern.PredicateKind kind, String lemma) {
        return byKind.get(kind).getOrDefault(lemma, List.of());
    }

    /**
     * The intent composition for a head lemma and the complement's code: the entry with the
     * longest prefix of that code, else the head's "*" entry, else null. A complement that
     * codes nothing is looked up as "*" only.
     */
    public Intent intent(String headLemma, String complementCode) {
        Map<String, Intent> m = intents.get(headLemma);
        if (m == null) {
            return null;
        }
        if (complementCode != null) {
            for (int len = complementCode.length(); len >= 2; len--) {
                Intent in = m.get(complementCode.substring(0, len));
                if (in != null) {
                    return in;
                }
            }
        }
        return m.get("*");
    }

    public boolean isIntentHead(String lemma) {
        return intents.containsKey(lemma);
    }

    /**
     * The discard word or phrase found in a sentence's lower-cased words, or null: its
     * presence marks a sports, business or entertainment sense of political verbs.
     */
    public String discard(List<String> lowerWords) {
        for (int i = 0; i < lowerWords.size(); i++) {
            String w = lowerWords.get(i);
            List<List<String>> entries = discardsByFirst.get(w);
            if (entries == null) {
                continue;
            }
            for (List<String> phrase : entries) {
                if (phrase.size() == 1) {
                    return w;
                }
                if (i + phrase.size() <= lowerWords.size()
                        && lowerWords.subList(i, i + phrase.size()).equals(phrase)) {
                    return String.join(" ", phrase);
                }
            }
        }
        return null;
    }

    public int size() {
        return size;
    }

    /** A checksum of the lexicon's contents, for run provenance. */
    public String checksum() {
        return checksum;
    }
}
