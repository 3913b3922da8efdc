package org.parley.coding;

import java.util.Set;

/**
 * One lexicon entry: a predicate word with the frame that makes it an event.
 *
 * @param id        stable id, reported as {@code evidence.rule}
 * @param cameo     CAMEO code coded when the pattern fires
 * @param pos       which kind of predicate: verb, eventive noun or evaluative adjective
 * @param lemma     the predicate's lemma
 * @param particle  required phrasal particle ("out" in "pull out"), or null for none
 * @param preps     prepositions introducing the target (empty: the direct object)
 * @param objects   allowed object head lemmas (empty: any object or none)
 * @param negated   CAMEO code when the predicate is negated, or null: negated, no event
 */
public record Pattern(String id, String cameo, PredicateKind pos, String lemma, String particle, Set<String> preps,
                      Set<String> objects, String negated) {

    public Pattern {
        preps = Set.copyOf(preps);
        objects = Set.copyOf(objects);
    }

    /** The part of speech a pattern applies to. */
    public enum PredicateKind { VERB, NOUN, ADJ }
}
