package org.parley.stances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.parley.actors.ActorResolver;
import org.parley.data.TsvTable;
import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Turns the words of a proposition into an issue key: the first vocabulary issue whose action
 * and object words both occur ("deployment of NATO peacekeeping forces", "sending troops"
 * and "deploying British troops" all give {@code deploy-troops}), plus the country the action
 * is in or toward ("/UKR"). Propositions outside the vocabulary get a fallback key from their
 * head word ({@code topic:<lemma>}).
 */
public final class IssueNormalizer {

    public static final String RESOURCE = "parley/stances/issues.tsv";

    public static final String REGIONS = "parley/stances/regions.tsv";

    /** How an issue's place is found: where the action happens, or who the issue is about. */
    enum PlaceMode { WHERE, WHO }

    /** One vocabulary issue. */
    record VocabularyIssue(String key, String label, Set<String> actions, Set<String> objects, PlaceMode placeMode) {
    }

    /**
     * The issue found in a proposition: base key and, if named, the place; {@code holderPlace}
     * when the proposition puts it in the holder's own country ("on its soil", or an issue
     * about its subject with none named), which only the caller knows.
     */
    public record Found(String base, String place, boolean fromVocabulary, boolean holderPlace) {
        public String key() {
            return place == null ? base : base + "/" + place;
        }

        /** The key with the holder's country as the place where the proposition points to the holder. */
        public String keyFor(String holderCountry) {
            return place == null && holderPlace && holderCountry != null ? base + "/" + holderCountry : key();
        }
    }

    /** What may name the country inside a place phrase: the head, its name parts, demonyms and possessors. */
    private static final Set<String> PLACE_MODIFIERS = Set.of("compound", "flat", "amod", "nmod:poss", "conj", "dep");

    private final List<VocabularyIssue> vocabulary;
    private final ActorResolver resolver;
    private final Map<String, String> regions;
    /** Prepositions of a phrase that may name where the action is or whom it is aimed at. */
    private final Set<String> placePrepositions;
    /** Heads of phrases that look like places but say how, not where ("on Russia's terms"). */
    private final Set<String> notPlaces;
    /** Prepositions that name whom a "who" issue is about ("membership for Kyiv", "elections in Ukraine"). */
    private final Set<String> whoPrepositions;
    private final Set<String> possessivePronouns;
    /** What a possessive pronoun makes the holder's own place ("on its soil", "for our air defence"). */
    private final Set<String> ownPlaces;

    /** The prefix of a fallback key, made from the proposition's head word. */
    public static final String TOPIC_PREFIX = "topic:";

    /** Head words that name no topic of their own ("take part", "the outcome", "some"). */
    private final Set<String> topicless;

    public IssueNormalizer(ActorResolver resolver, WordLists words) {
        this(TsvTable.resource(RESOURCE), TsvTable.resource(REGIONS), resolver, words);
    }

    IssueNormalizer(TsvTable table, TsvTable regionTable, ActorResolver resolver, WordLists words) {
        List<VocabularyIssue> v = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            v.add(new VocabularyIssue(row.require("key"), row.require("label"), Set.copyOf(row.list("actions")),
                    Set.copyOf(row.list("objects")), PlaceMode.valueOf(row.require("place").toUpperCase(Locale.ROOT))));
        }
        this.vocabulary = List.copyOf(v);
        Map<String, String> r = new HashMap<>();
        for (TsvTable.Row row : regionTable.rows()) {
            r.put(row.require("name").toLowerCase(Locale.ROOT), row.require("country"));
        }
        this.regions = Map.copyOf(r);
        this.resolver = resolver;
        this.placePrepositions = words.get("stances.place-prepositions");
        this.notPlaces = words.get("stances.not-place-nouns");
        this.whoPrepositions = words.get("stances.who-prepositions");
        this.possessivePronouns = words.get("stances.possessive-pronouns");
        this.ownPlaces = words.get("stances.own-place-nouns");
        this.topicless = words.get("stances.topicless-heads");
    }

    /**
     * Whether an issue key names a topic: every vocabulary key does; a fallback key
     * ({@code topic:<lemma>}) only when its head word is a word (letters, inner hyphens or
     * apostrophes; not {@code **} or a number) and not one that names no topic of its own
     * ({@code stances.topicless-heads}: "take", "form", "part", "the outcome").
     */
    public boolean hasTopic(String key) {
        if (!key.startsWith(TOPIC_PREFIX)) {
            return true;
        }
        int slash = key.indexOf('/');
        String head = key.substring(TOPIC_PREFIX.length(), slash < 0 ? key.length() : slash);
        return head.matches("\\p{L}+(['\u2019-]\\p{L}+)*") && !topicless.contains(head.toLowerCase(Locale.ROOT));
    }

    public Found normalize(Sentence s, BitSet proposition, Token head) {
        Set<String> words = new java.util.HashSet<>();
        for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
            Token t = s.token(i);
            words.add(t.lemma());
            words.add(t.text().toLowerCase(Locale.ROOT));
        }
        // The issue the proposition's head word names wins ("a ceasefire monitored by European
        // troops" is about the ceasefire); otherwise the first issue in file order.
        VocabularyIssue chosen = null;
        for (VocabularyIssue issue : vocabulary) {
            boolean action = issue.actions().contains("*") || issue.actions().stream().anyMatch(words::contains);
            boolean object = issue.objects().stream().anyMatch(words::contains);
            if (action && object) {
                boolean headed = false;
                for (String w : headWords(s, head)) {
                    headed |= issue.objects().contains(w) || issue.actions().contains(w);
                }
                if (headed) {
                    chosen = issue;
                    break;
                }
                if (chosen == null) {
                    chosen = issue;
                }
            }
        }
        if (chosen != null) {
            String place = chosen.placeMode() == PlaceMode.WHO ? who(s, proposition, chosen) : null;
            if (place == null) {
                place = place(s, proposition, head, chosen);
            }
            boolean holder = place == null && (chosen.placeMode() == PlaceMode.WHO || ownPlace(s, proposition));
            return new Found(chosen.key(), place, true, holder);
        }
        return new Found(TOPIC_PREFIX + head.lemma(), place(s, proposition, head, null), false, false);
    }

    /**
     * Whom a "who" issue is about: the subject, object, possessor or prepositional complement
     * of the issue's own words ("Ukraine joining NATO", "admitting Ukraine to the alliance",
     * "Ukraine's membership", "membership for Kyiv"), when it names a country.
     */
    private String who(Sentence s, BitSet proposition, VocabularyIssue issue) {
        for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
            Token w = s.token(i);
            if (!issue.actions().contains(w.lemma()) && !issue.objects().contains(w.lemma())) {
                continue;
            }
            for (Token c : s.children(w.index())) {
                String rel = c.relation();
                boolean about = rel.equals("nsubj") || rel.equals("obj") || rel.equals("nmod:poss")
                        || rel.equals("amod") || rel.equals("compound")
                        || c.baseRelation().equals("nmod") && whoPrepositions.contains(String.valueOf(s.caseOf(c)))
                        || c.baseRelation().equals("obl") && whoPrepositions.contains(String.valueOf(s.caseOf(c)));
                if (about) {
                    String country = countryOf(s, c);
                    if (country != null) {
                        return country;
                    }
                }
            }
        }
        return null;
    }

    /** "on its soil", "our territory": the proposition's place is its holder's own land. */
    private boolean ownPlace(Sentence s, BitSet proposition) {
        for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
            Token t = s.token(i);
            if (t.relation().equals("nmod:poss") && possessivePronouns.contains(t.text().toLowerCase(Locale.ROOT)) && t.head() >= 0) {
                Token owned = s.token(t.head());
                if (ownPlaces.contains(owned.lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The head word, and for a verb its object's head ("support a ceasefire"). */
    private static List<String> headWords(Sentence s, Token head) {
        List<String> out = new ArrayList<>();
        // A compound names the kind of thing the head is ("the ceasefire agreement" is a ceasefire).
        s.children(head.index(), "compound").forEach(c -> out.add(c.lemma()));
        out.add(head.lemma());
        if (head.isVerb()) {
            s.child(head.index(), "obj").ifPresent(o -> out.add(o.lemma()));
        }
        return out;
    }

    /**
     * The country the proposition's action is in or aimed at: one named inside a phrase of
     * place or direction ("to Ukraine", "on Chinese companies", "on Russia's oil sector"),
     * else the possessor of the issue's own word ("Ukraine's membership").
     */
    private String place(Sentence s, BitSet proposition, Token head, VocabularyIssue issue) {
        for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
            Token t = s.token(i);
            String prep = s.caseOf(t);
            if (prep == null || !placePrepositions.contains(prep)) {
                continue;
            }
            if (notPlaces.contains(t.lemma())) {
                continue;
            }
            // The phrase's own name and modifiers: deeper phrases are tried on their own, and a
            // counterpart is no place ("open to talks with New Delhi", "sanctions on buyers of Russian oil").
            BitSet phrase = s.subtree(t.index(), c -> c.head() == t.index() && PLACE_MODIFIERS.contains(c.relation())
                    || c.relation().equals("compound") || c.relation().equals("flat"));
            for (int j = phrase.nextSetBit(0); j >= 0; j = phrase.nextSetBit(j + 1)) {
                String country = countryOf(s, s.token(j));
                if (country != null) {
                    return country;
                }
            }
        }
        if (issue != null) {
            for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
                Token t = s.token(i);
                if (t.relation().equals("obj") && t.head() >= 0 && (issue.objects().contains(s.token(t.head()).lemma())
                        || t.head() == head.index() && head.isVerb())) {
                    // "annex the West Bank", "fund Ukraine's war", "keep helping Kyiv with weapons": the
                    // proposition's verb, or the issue's own, acts on the place.
                    String country = countryOf(s, t);
                    for (Token p : s.children(t.index(), "nmod:poss")) {
                        country = country != null ? country : countryOf(s, p);
                    }
                    if (country != null) {
                        return country;
                    }
                }
                if (t.relation().equals("nmod:poss") && t.head() >= 0) {
                    String owned = s.token(t.head()).lemma();
                    if (issue.actions().contains(owned) || issue.objects().contains(owned)) {
                        String country = countryOf(s, t);
                        if (country != null) {
                            return country;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The country a proper name or demonym names ("Ukraine", "Chinese"), or null. */
    private String countryOf(Sentence s, Token t) {
        if (!(t.isProperNoun() || t.isAdjective()) || t.relation().equals("compound") && t.isProperNoun()
                && s.token(t.head()).isProperNoun()) {
            return null;
        }
        BitSet name = s.subtree(t.index(), c -> c.relation().equals("compound") || c.relation().equals("flat"));
        StringBuilder b = new StringBuilder();
        for (int j = name.nextSetBit(0); j >= 0; j = name.nextSetBit(j + 1)) {
            b.append(b.length() == 0 ? "" : " ").append(s.token(j).text());
        }
        String phrase = b.toString();
        for (Actor a : resolver.resolveStrict(phrase, null).actors()) {
            // A capital stands for its country here ("membership for Kyiv").
            if (a.country() != null && (a.sector() == null || a.sector().equals("GOV") && t.isProperNoun())
                    && a.kind() == org.parley.model.ActorKind.STATE) {
                return a.country();
            }
        }
        if (!t.isProperNoun()) {
            return null;
        }
        // Regions name their country too ("in the Donbas", "in Gaza").
        // Only listed regions: a city is as often where a meeting happens as what it is about.
        String key = phrase.toLowerCase(Locale.ROOT);
        return regions.get(key.startsWith("the ") ? key.substring(4) : key);
    }
}
