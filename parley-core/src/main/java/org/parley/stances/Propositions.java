package org.parley.stances;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Issue;
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

    /** Words that make support conditional ("could send", "consider sending"). */
    private final Set<String> hedges;
    /** Subordinators that make a clause a condition ("only if", "unless", "once a ceasefire is in place"). */
    private final Set<String> conditions;
    /** Prepositions of a circumstance of time, outside the proposition ("..., after talks in Jeddah"). */
    private final Set<String> circumstances;
    /** Pronouns and determiners that point back ("such a step", "it"). */
    private final Set<String> anaphoricWords;
    /** Nouns that name a proposal without saying what it is: they point back when determined ("the idea"). */
    private final Set<String> proposalWords;
    private final IssueNormalizer issues;

    Propositions(IssueNormalizer issues, WordLists lists) {
        this.issues = issues;
        this.hedges = lists.get("stances.hedges");
        this.conditions = lists.get("stances.condition-subordinators");
        this.circumstances = lists.get("stances.circumstance-prepositions");
        this.anaphoricWords = lists.get("stances.anaphoric-words");
        this.proposalWords = lists.get("stances.anaphoric-proposal-nouns");
    }

    /**
     * The proposition's words, without clauses attached to it ("..., while Macron urged ...")
     * or circumstances of time ("ready to accept a ceasefire, after talks in Jeddah").
     */
    BitSet words(Sentence s, Token proposition) {
        return s.subtree(proposition.index(), c -> !c.relation().equals("advcl") && !c.relation().equals("parataxis")
                && !(c.relation().equals("conj") && c.isVerb()) && !c.relation().equals("punct")
                && !(c.baseRelation().equals("obl") && circumstances.contains(String.valueOf(s.caseOf(c)))));
    }

    /** A hedge on the proposition ("could send", "consider sending"). */
    boolean hedged(Sentence s, Token proposition, BitSet words) {
        for (int i = words.nextSetBit(0); i >= 0; i = words.nextSetBit(i + 1)) {
            Token w = s.token(i);
            if (hedges.contains(w.lemma()) && (w.index() == proposition.index() || w.relation().equals("aux"))) {
                return true;
            }
        }
        return false;
    }

    /** A condition on the predicate: an "if/unless/once" clause under it ("would support it only if ..."). */
    boolean conditioned(Sentence s, Token predicate) {
        for (Token c : s.children(predicate.index(), "advcl")) {
            for (Token m : s.children(c.index(), "mark")) {
                if (conditions.contains(m.lemma())) {
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
        boolean anaphoric = head.isPronoun() && anaphoricWords.contains(head.lemma())
                || s.children(head.index(), "det").stream().anyMatch(d -> anaphoricWords.contains(d.lemma())
                        || d.lemma().equals("the") && proposalWords.contains(head.lemma()) && words.cardinality() <= 3)
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
}
