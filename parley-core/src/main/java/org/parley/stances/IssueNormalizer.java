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

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "into", "inside", "on");

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
        String place = place(s, proposition);
        for (VocabularyIssue issue : vocabulary) {
            boolean action = issue.actions().contains("*") || issue.actions().stream().anyMatch(words::contains);
            boolean object = issue.objects().stream().anyMatch(words::contains);
            if (action && object) {
                return new Found(issue.key(), place, true);
            }
        }
        return new Found("topic:" + head.lemma(), place, false);
    }

    /** A country the proposition places its action in or toward ("to Ukraine"). */
    private String place(Sentence s, BitSet proposition) {
        for (int i = proposition.nextSetBit(0); i >= 0; i = proposition.nextSetBit(i + 1)) {
            Token t = s.token(i);
            if (!t.isProperNoun()) {
                continue;
            }
            String prep = Arguments.caseOf(s, t);
            if (prep == null || !PLACE_PREPOSITIONS.contains(prep)) {
                continue;
            }
            BitSet name = s.subtree(t.index(), c -> c.relation().equals("compound") || c.relation().equals("flat"));
            StringBuilder b = new StringBuilder();
            for (int j = name.nextSetBit(0); j >= 0; j = name.nextSetBit(j + 1)) {
                b.append(b.length() == 0 ? "" : " ").append(s.token(j).text());
            }
            for (Actor a : resolver.resolveStrict(b.toString(), null).actors()) {
                if (a.country() != null && a.sector() == null) {
                    return a.country();
                }
            }
        }
        return null;
    }
}
