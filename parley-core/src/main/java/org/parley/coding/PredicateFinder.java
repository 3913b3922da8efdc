package org.parley.coding;

import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The first stage: which words can be predicates. A verb, noun or adjective not already coded
 * by another predicate is a candidate, unless it is a contest verb in a sentence a discard
 * word marks as sport or business ("Brazil beat Argentina"). A gerund the tagger took for a
 * noun ("keep supplying weapons") is read as the verb it is.
 */
final class PredicateFinder {

    static final String NAME = "predicate";

    private final Lexicon lexicon;
    private final Set<String> contestSense;

    PredicateFinder(Lexicon lexicon, WordLists words) {
        this.lexicon = lexicon;
        this.contestSense = words.get("coding.contest-verbs");
    }

    /** The contest verbs a discard word silences, for the trace. */
    Set<String> contestSense() {
        return contestSense;
    }

    Step find(Token t, SentenceContext ctx) {
        if (ctx.consumed(t)) {
            return Step.Skip.quiet(NAME);
        }
        Pattern.PredicateKind kind = kindOf(t);
        if (kind == null) {
            return Step.Skip.quiet(NAME);
        }
        if (ctx.discard() != null && contestSense.contains(t.lemma())) {
            return new Step.Skip(NAME, "'" + t.text() + "' is a contest verb in a '" + ctx.discard() + "' context");
        }
        Sentence s = ctx.sentence();
        if (kind == Pattern.PredicateKind.NOUN && t.text().endsWith("ing") && lexicon.patterns(kind, t.lemma()).isEmpty()
                && (s.child(t.index(), "obj").isPresent() || t.relation().equals("xcomp"))) {
            kind = Pattern.PredicateKind.VERB;
        }
        return Candidate.of(s, t, kind);
    }

    private static Pattern.PredicateKind kindOf(Token t) {
        if (t.isVerb()) {
            return Pattern.PredicateKind.VERB;
        }
        if (t.isNoun()) {
            return Pattern.PredicateKind.NOUN;
        }
        if (t.isAdjective()) {
            return Pattern.PredicateKind.ADJ;
        }
        return null;
    }
}
