package org.parley.stances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.actors.ActorResolver;
import org.parley.coding.Arguments;
import org.parley.data.TsvTable;
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

    /** One vocabulary issue. */
    record VocabularyIssue(String key, String label, Set<String> actions, Set<String> objects) {
    }

    /** The issue found in a proposition: base key and, if named, the place. */
    public record Found(String base, String place, boolean fromVocabulary) {
        public String key() {
            return place == null ? base : base + "/" + place;
        }
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "into", "inside", "on", "against",
            "within");

    private final List<VocabularyIssue> vocabulary;
    private final ActorResolver resolver;

    public IssueNormalizer(ActorResolver resolver) {
        this(TsvTable.resource(RESOURCE), resolver);
    }

    IssueNormalizer(TsvTable table, ActorResolver resolver) {
        List<VocabularyIssue> v = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            v.add(new VocabularyIssue(row.require("key"), row.require("label"), Set.copyOf(row.list("actions")),
                    Set.copyOf(row.list("objects"))));
        }
        this.vocabulary = List.copyOf(v);
        this.resolver = resolver;
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
            return new Found(chosen.key(), place(s, proposition, chosen), true);
        }
        return new Found("topic:" + head.lemma(), place(s, proposition, null), false);
    }

    /** The head word, and for a verb its object's head ("support a ceasefire"). */
    private static List<String> headWords(Sentence s, Token head) {
        List<String> out = new ArrayList<>();
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
    private String place(Sentence s, BitSet proposition, VocabularyIssue issue) {
        for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
            Token t = s.token(i);
            String prep = Arguments.caseOf(s, t);
            if (prep == null || !PLACE_PREPOSITIONS.contains(prep)) {
                continue;
            }
            BitSet phrase = s.subtree(t.index());
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
        for (Actor a : resolver.resolveStrict(b.toString(), null).actors()) {
            if (a.country() != null && a.sector() == null && a.kind() == org.parley.model.ActorKind.STATE) {
                return a.country();
            }
        }
        return null;
    }
}
