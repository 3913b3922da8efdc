package org.parley.stances;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.parley.actors.ClauseActors;
import org.parley.model.Evidence;
import org.parley.model.Issue;
import org.parley.model.ParsedDocument;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * What a stance is about: the words of a proposition, the hedges and conditions that qualify
 * it, and its issue, which may point back to an earlier stance ("such a step", "the idea") or
 * take the place of the latest stance on the same issue.
 */
final class Propositions {

    private static final Set<String> HEDGES = Set.of("consider", "explore", "discuss", "study", "weigh", "possibly",
            "potentially", "might", "could", "may", "perhaps", "conditionally");
    /** Subordinators that make a clause a condition ("only if", "unless", "once a ceasefire is in place"). */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "once", "provided", "providing", "until");
    private static final Set<String> CIRCUMSTANCES = Set.of("after", "before", "during", "since", "despite", "amid",
            "following", "until", "at");
    private static final Set<String> ANAPHORIC = Set.of("such", "this", "these", "that", "those", "it");
    /** Nouns that name a proposal without saying what it is: they point back when determined ("the idea"). */
    private static final Set<String> PROPOSAL_WORDS = Set.of("idea", "proposal", "plan", "step", "move", "initiative",
            "suggestion", "option", "scheme");

    private final IssueNormalizer issues;

    Propositions(IssueNormalizer issues) {
        this.issues = issues;
    }

    /**
     * The proposition's words, without clauses attached to it ("..., while Macron urged ...")
     * or circumstances of time ("ready to accept a ceasefire, after talks in Jeddah").
     */
    static BitSet words(Sentence s, Token proposition) {
        return s.subtree(proposition.index(), c -> !c.relation().equals("advcl") && !c.relation().equals("parataxis")
                && !(c.relation().equals("conj") && c.isVerb()) && !c.relation().equals("punct")
                && !(c.baseRelation().equals("obl") && CIRCUMSTANCES.contains(String.valueOf(s.caseOf(c)))));
    }

    /** A hedge on the proposition ("could send", "consider sending"). */
    static boolean hedged(Sentence s, Token proposition, BitSet words) {
        for (int i = words.nextSetBit(0); i >= 0; i = words.nextSetBit(i + 1)) {
            Token w = s.token(i);
            if (HEDGES.contains(w.lemma()) && (w.index() == proposition.index() || w.relation().equals("aux"))) {
                return true;
            }
        }
        return false;
    }

    /** A condition on the predicate: an "if/unless/once" clause under it ("would support it only if ..."). */
    static boolean conditioned(Sentence s, Token predicate) {
        for (Token c : s.children(predicate.index(), "advcl")) {
            for (Token m : s.children(c.index(), "mark")) {
                if (CONDITIONS.contains(m.lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    static Polarity flip(Polarity p) {
        return switch (p) {
            case SUPPORT -> Polarity.OPPOSE;
            case OPPOSE -> Polarity.SUPPORT;
            default -> p;
        };
    }

    /**
     * The issue of a proposition for a holder. An anaphoric proposition ("such a step", "the
     * idea") takes the issue of the latest stance; one without a place takes the place of the
     * latest stance on the same issue, else the holder's own country where the proposition
     * points to it ("on its soil").
     */
    Issue issueOf(Sentence s, Token head, BitSet words, List<Stance> history, String holderCountry) {
        Span span = s.spanOf(words);
        String text = s.text().substring(span.begin() - s.span().begin(), span.end() - s.span().begin());
        IssueNormalizer.Found found = issues.normalize(s, words, head);
        boolean anaphoric = head.isPronoun() && ANAPHORIC.contains(head.lemma())
                || s.children(head.index(), "det").stream().anyMatch(d -> ANAPHORIC.contains(d.lemma())
                        || d.lemma().equals("the") && PROPOSAL_WORDS.contains(head.lemma()) && words.cardinality() <= 3)
                || s.children(head.index(), "amod").stream().anyMatch(d -> d.lemma().equals("such"));
        if (anaphoric && !history.isEmpty() && (!found.fromVocabulary() || found.base().equals(baseOf(last(history))))) {
            return new Issue(last(history).issue().key(), text, span);
        }
        if (found.place() == null && found.fromVocabulary()) {
            for (int i = history.size() - 1; i >= 0; i--) {
                String key = history.get(i).issue().key();
                if (key.startsWith(found.base() + "/")) {
                    return new Issue(key, text, span);
                }
            }
        }
        return new Issue(found.keyFor(holderCountry), text, span);
    }

    private static Stance last(List<Stance> history) {
        return history.get(history.size() - 1);
    }

    private static String baseOf(Stance st) {
        String k = st.issue().key();
        int slash = k.indexOf('/');
        return slash < 0 ? k : k.substring(0, slash);
    }

    /** Whether these few words alone name a vocabulary issue. */
    boolean namesIssue(Sentence s, BitSet words, Token head) {
        return issues.normalize(s, words, head).fromVocabulary();
    }

    static Evidence evidence(ParsedDocument doc, Sentence s, Token trigger, BitSet words, String rule) {
        Span span = s.spanOf(words).union(trigger.span());
        return new Evidence(doc.document().id(), s.index(), s.text(), s.span(), span, trigger.span(), trigger.text(), rule);
    }
}
