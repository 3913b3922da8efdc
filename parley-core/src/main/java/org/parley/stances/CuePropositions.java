package org.parley.stances;

import java.util.Optional;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * What a stance cue is about: the head of its proposition. A noun's complement or
 * prepositional object ("skepticism about sending troops"), or the subject it is predicated of
 * ("the presence of foreign troops is a direct threat"); an adjective's complement or the
 * subject it evaluates ("such talks are premature"); a verb's object or clause, the act a
 * directive urges, what a warning says would do harm. Talk about a step is about the step.
 */
final class CuePropositions {

    private final Set<String> dispositional;
    private final Set<String> directives;
    private final Set<String> discourse;
    private final Set<String> discoursePrepositions;
    private final Set<String> nounPrepositions;
    private final Set<String> adjectivePrepositions;
    private final Set<String> dispositionalPrepositions;
    private final Set<String> toPhraseVerbs;

    CuePropositions(WordLists words) {
        this.dispositional = words.get("coding.dispositional-adjectives");
        this.directives = words.get("stances.directive-verbs");
        this.discourse = words.get("stances.discourse-words");
        this.discoursePrepositions = words.get("stances.discourse-prepositions");
        this.nounPrepositions = words.get("stances.noun-cue-prepositions");
        this.adjectivePrepositions = words.get("stances.adjective-cue-prepositions");
        this.dispositionalPrepositions = words.get("stances.dispositional-prepositions");
        this.toPhraseVerbs = words.get("stances.to-phrase-verbs");
    }

    /** The head of the cue's proposition, or null when it governs none. */
    Token of(Sentence s, Cue.On cue) {
        return aboutWhat(s, propositionOf(s, cue));
    }

    /**
     * Talk about a step is about the step: "premature to talk about troop numbers", "talking
     * about Ukraine joining NATO is premature".
     */
    private Token aboutWhat(Sentence s, Token proposition) {
        // "talks" (plural) are negotiations, not talk about them.
        if (proposition == null || !discourse.contains(proposition.lemma())
                || !(proposition.isVerb() || proposition.pos().equals("NN"))) {
            return proposition;
        }
        for (Token c : s.children(proposition.index())) {
            boolean about = s.children(c.index()).stream().anyMatch(m -> c.index() > proposition.index()
                    && Set.of("case", "mark", "advmod").contains(m.relation()) && m.index() < c.index()
                    && discoursePrepositions.contains(m.lemma()));
            if (about) {
                return c;
            }
        }
        return proposition;
    }

    private Token propositionOf(Sentence s, Cue.On on) {
        return switch (on.kind()) {
            case NOUN -> ofNoun(s, on.word());
            case ADJ -> ofAdjective(s, on.word());
            case VERB -> ofVerb(s, on.word());
        };
    }

    private Token ofNoun(Sentence s, Token cue) {
        Optional<Token> predicateOf = s.child(cue.index(), "nsubj");
        if (predicateOf.isPresent() && s.child(cue.index(), "cop").isPresent()) {
            // "The presence of foreign troops is a direct threat": the subject is what it is about.
            return predicateOf.get();
        }
        for (Token c : s.children(cue.index())) {
            if (c.relation().startsWith("acl") || c.baseRelation().equals("nmod")
                    && nounPrepositions.contains(String.valueOf(s.caseOf(c)))) {
                return c;
            }
        }
        return null;
    }

    private Token ofAdjective(Sentence s, Token cue) {
        for (Token c : s.children(cue.index())) {
            String prep = c.baseRelation().equals("obl") ? s.caseOf(c) : null;
            boolean about = prep != null && (adjectivePrepositions.contains(prep)
                    || dispositional.contains(cue.lemma()) && dispositionalPrepositions.contains(prep));
            boolean infinitive = c.relation().equals("dep") && c.isVerb()
                    && s.children(c.index(), "mark").stream().anyMatch(m -> m.lemma().equals("to"));
            if (c.relation().equals("xcomp") || c.relation().equals("ccomp") || about || infinitive) {
                return c;
            }
        }
        if (dispositional.contains(cue.lemma())) {
            return null;
        }
        Optional<Token> subj = s.child(cue.index(), "nsubj").or(() -> s.child(cue.index(), "csubj"));
        if (subj.isPresent()) {
            return subj.get();
        }
        if (cue.relation().equals("amod") && cue.head() >= 0 && s.child(cue.head(), "cop").isPresent()) {
            // "membership was not a realistic outcome": what the predicate noun is said of.
            Optional<Token> said = s.child(cue.head(), "nsubj").or(() -> s.child(cue.head(), "csubj"));
            if (said.isPresent()) {
                return said.get();
            }
        }
        if (cue.relation().equals("xcomp") && cue.head() >= 0) {
            // "deemed such talks premature" (object); "membership remained unacceptable" (subject).
            return s.child(cue.head(), "obj").or(() -> s.child(cue.head(), "nsubj")).orElse(null);
        }
        return null;
    }

    private Token ofVerb(Sentence s, Token cue) {
        if (directives.contains(cue.lemma())) {
            // "urged Moscow to accept the truce": the proposition is the act urged, not the one urged.
            Optional<Token> act = s.child(cue.index(), "xcomp").or(() -> s.child(cue.index(), "ccomp"));
            if (act.isPresent()) {
                return act.get();
            }
        }
        for (Token c : s.children(cue.index())) {
            if (cue.lemma().equals("warn") && c.relation().equals("ccomp")) {
                // "warned that fresh sanctions would damage trade": against the sanctions.
                return s.child(c.index(), "nsubj").filter(Token::isNoun).orElse(null);
            }
            if (c.relation().equals("obj") || c.relation().equals("xcomp") || c.relation().equals("ccomp")
                    || c.relation().equals("dep") && c.pos().equals("VBG")
                    || c.baseRelation().equals("obl") && "to".equals(s.caseOf(c))
                            && toPhraseVerbs.contains(cue.lemma())) {
                return c.isAdjective() ? null : c;
            }
        }
        return null;
    }
}
