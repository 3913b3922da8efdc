package org.parley.coding;

import java.time.LocalDate;
import java.util.List;

import org.parley.model.Location;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * A predicate on its way to becoming an event, as the stages so far have read it. Immutable:
 * each stage returns a changed copy through the {@code with} methods.
 *
 * @param sentence    the sentence being coded
 * @param trigger     the predicate word
 * @param kind        verb, eventive noun or evaluative adjective
 * @param frame       the trigger's particle, object and prepositional arguments
 * @param pattern     the lexicon pattern that matched (null before matching)
 * @param headOnly    an intent head ("decided to") that codes only through its complement
 * @param predicate   the word whose negation and modality count: the trigger, or the light
 *                    verb that carries an eventive noun ("would not provide support")
 * @param code        the CAMEO code so far
 * @param rule        the evidence rule so far: the pattern id and what adjusted it
 * @param negated     whether the predicate is negated
 * @param composition the complement whose pattern gives the arguments ("urged Y to accept"), or null
 * @param intentCoded whether an intent composition set the code
 * @param source      the source mentions found
 * @param target      the target mentions found
 * @param targetOnly  a passive or material act whose source is unnamed, coded on its target alone
 * @param location    where the event happened, or null
 * @param date        when the event happened
 * @param sides       the source and target sides to emit (several for mutual acts)
 */
record Candidate(Sentence sentence, Token trigger, Pattern.PredicateKind kind, Frame frame, Pattern pattern,
                 boolean headOnly, Token predicate, String code, String rule, boolean negated,
                 Composition composition, boolean intentCoded, List<Mention> source, List<Mention> target,
                 boolean targetOnly, Location location, LocalDate date, List<Dyads.Side> sides) implements Step {

    /** A complement whose own pattern gives the event's arguments. */
    record Composition(Token token, Pattern pattern, Frame frame) {
    }

    Candidate {
        source = source == null ? null : List.copyOf(source);
        target = target == null ? null : List.copyOf(target);
        sides = sides == null ? null : List.copyOf(sides);
    }

    /** A predicate word of the given kind, before any pattern is matched. */
    static Candidate of(Sentence s, Token trigger, Pattern.PredicateKind kind) {
        return new Candidate(s, trigger, kind, Frame.of(s, trigger), null, false, trigger, null, null, false, null,
                false, null, null, false, null, null, null);
    }

    Candidate withKind(Pattern.PredicateKind k) {
        return new Candidate(sentence, trigger, k, frame, pattern, headOnly, predicate, code, rule, negated,
                composition, intentCoded, source, target, targetOnly, location, date, sides);
    }

    /** The matched pattern: the code and rule start as the pattern's. */
    Candidate withPattern(Pattern p, boolean isHeadOnly, Token predicateWord) {
        return new Candidate(sentence, trigger, kind, frame, p, isHeadOnly, predicateWord, p.cameo(), p.id(), negated,
                composition, intentCoded, source, target, targetOnly, location, date, sides);
    }

    Candidate withCode(String newCode, String newRule) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, newCode, newRule, negated,
                composition, intentCoded, source, target, targetOnly, location, date, sides);
    }

    Candidate withNegated(boolean n) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, code, rule, n,
                composition, intentCoded, source, target, targetOnly, location, date, sides);
    }

    Candidate withIntent(String newCode, String newRule, Composition c) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, newCode, newRule, negated,
                c, true, source, target, targetOnly, location, date, sides);
    }

    Candidate withParties(List<Mention> s, List<Mention> t, boolean onlyTarget) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, code, rule, negated,
                composition, intentCoded, s, t, onlyTarget, location, date, sides);
    }

    Candidate withLocation(Location l) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, code, rule, negated,
                composition, intentCoded, source, target, targetOnly, l, date, sides);
    }

    Candidate withDate(LocalDate d) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, code, rule, negated,
                composition, intentCoded, source, target, targetOnly, location, d, sides);
    }

    Candidate withSides(List<Dyads.Side> s) {
        return new Candidate(sentence, trigger, kind, frame, pattern, headOnly, predicate, code, rule, negated,
                composition, intentCoded, source, target, targetOnly, location, date, s);
    }

    /** A verb, or an eventive noun a light verb carries: modal auxiliaries can make it a promise or threat. */
    boolean verbal() {
        return kind == Pattern.PredicateKind.VERB || predicate != trigger;
    }

    /** Whether a complement's pattern gives the arguments ("urged Y to accept"). */
    boolean composed() {
        return composition != null;
    }

    /** The word whose arguments the event takes: the composed complement, else the trigger. */
    Token argToken() {
        return composition != null ? composition.token() : trigger;
    }

    Pattern argPattern() {
        return composition != null ? composition.pattern() : pattern;
    }

    Frame argFrame() {
        return composition != null ? composition.frame() : frame;
    }

    /** The two-digit CAMEO root of the code so far. */
    String root() {
        return code.substring(0, 2);
    }
}
