package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The country a phrase does not say but its context does. A person or office holder without a
 * country takes the one its "of" phrase or apposition names ("Minister Lena Okafor of
 * Nigeria", "Tomas Brel, the Supreme Leader of Iran", "Crown Prince X of the Kingdom of Saudi
 * Arabia", "X, a spokesperson for the Indonesian National Police"), else the one the document has made salient before it (the country mentioned most
 * so far, when one leads). Plural parties ("the two leaders", "both sides") are the two
 * countries the document has named most.
 */
final class ContextCountries {

    /** Numbers of parties a plural party noun may be counted as. */
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "2", 2, "three", 3, "3", 3,
            "four", 4, "4", 4);

    /** How many "of" and apposition steps a country may sit below the phrase's head. */
    private static final int MAX_DEPTH = 3;

    private final ActorResolver resolver;
    /** Nouns that, with "two" or "both", name the parties of the document ("the two sides"). */
    private final Set<String> partyNouns;

    ContextCountries(ActorResolver resolver, WordLists words) {
        this.resolver = resolver;
        this.partyNouns = words.get("actors.party-nouns");
    }

    /**
     * The country of an "of" phrase or apposition of {@code head} ("of Nigeria", ", the
     * Supreme Leader of Iran", "of the Kingdom of Saudi Arabia"), or null.
     */
    String ofPhraseCountry(Sentence s, Token head, LocalDate date) {
        return ofPhraseCountry(s, head, date, 0);
    }

    private String ofPhraseCountry(Sentence s, Token node, LocalDate date, int depth) {
        if (depth >= MAX_DEPTH) {
            return null;
        }
        for (Token c : s.children(node.index())) {
            String prep = c.baseRelation().equals("nmod") ? s.caseOf(c) : null;
            boolean of = "of".equals(prep) || "for".equals(prep) && depth > 0;
            if (!of && !c.relation().equals("appos")) {
                continue;
            }
            if (of) {
                String country = countryNamed(s, c, date);
                if (country != null) {
                    return country;
                }
            }
            String deeper = ofPhraseCountry(s, c, date, depth + 1);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** The state of what a name phrase (the nominal with its compounds) names on its own, or null. */
    private String countryNamed(Sentence s, Token nominal, LocalDate date) {
        BitSet name = s.subtree(nominal.index(), x -> x.relation().equals("compound") || x.relation().equals("flat"));
        StringBuilder b = new StringBuilder();
        for (int i = name.nextSetBit(0); i >= 0; i = name.nextSetBit(i + 1)) {
            b.append(b.length() == 0 ? "" : " ").append(s.token(i).text());
        }
        List<Actor> actors = resolver.resolveStrict(b.toString(), date).actors();
        if (actors.size() == 1 && actors.get(0).kind() != ActorKind.PERSON && actors.get(0).hasStateCountry()) {
            return actors.get(0).country();
        }
        return null;
    }

    /**
     * The country the document has made salient before a mention: the one most mentioned so
     * far, when it is mentioned more often than any other; null on a tie or with none.
     */
    static String salientCountry(List<Mention> earlier) {
        List<String> ranked = rankedCountries(earlier);
        if (ranked.isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = counts(earlier);
        if (ranked.size() > 1 && counts.get(ranked.get(0)).equals(counts.get(ranked.get(1)))) {
            return null;
        }
        return ranked.get(0);
    }

    /**
     * "The two leaders", "both sides", "the three countries": the parties are the two (three,
     * four) countries the document has named most so far (first named first on a tie); empty
     * unless the phrase is headed by a party noun so counted and the document names that many.
     */
    List<String> pluralParties(Sentence s, Token head, List<Mention> earlier) {
        if (!partyNouns.contains(singular(head)) || !head.pos().endsWith("S")) {
            return List.of();
        }
        int counted = 0;
        boolean definite = false;
        boolean modified = false;
        for (Token c : s.children(head.index())) {
            String w = c.lemma().toLowerCase(Locale.ROOT);
            if (c.relation().equals("nummod") && COUNTS.containsKey(w)) {
                counted = COUNTS.get(w);
            } else if ((c.relation().equals("det") || c.relation().equals("cc:preconj") || c.relation().equals("det:predet"))
                    && w.equals("both")) {
                counted = 2;
            } else if (c.relation().equals("det") && w.equals("the")) {
                definite = true;
            } else if (!c.relation().equals("punct")) {
                modified = true;
            }
        }
        List<String> ranked = rankedCountries(earlier);
        if (counted > 0) {
            // "the three leaders": the three the text has named most, when it has named that many.
            return ranked.size() >= counted ? ranked.subList(0, counted) : List.of();
        }
        // "The Presidents agreed", "the leaders discussed": a bare definite plural, where the
        // document has named exactly two states, names both.
        return definite && !modified && ranked.size() == 2 ? ranked : List.of();
    }

    /** The head's lemma in the singular: the tagger leaves a plural proper noun ("Presidents") as it is. */
    private static String singular(Token head) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        return head.pos().equals("NNPS") && lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }

    /** The states the mentions name, most mentioned first, first named first on a tie. */
    private static List<String> rankedCountries(List<Mention> mentions) {
        Map<String, Integer> counts = counts(mentions);
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return out;
    }

    private static Map<String, Integer> counts(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.actor().hasStateCountry()) {
                counts.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
