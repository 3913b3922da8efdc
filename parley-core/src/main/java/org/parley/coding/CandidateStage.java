package org.parley.coding;

/**
 * One step of coding a predicate: takes the candidate as the stages before left it and
 * returns it (changed through its {@code with} methods, never in place) or a
 * {@link Step.Skip} with the reason it codes nothing. {@link EventCoder} chains them.
 */
interface CandidateStage {

    /** The stage's name in {@code explain}'s reasons. */
    String name();

    Step apply(Candidate c, SentenceContext ctx);

    default Step.Skip skip(String reason) {
        return new Step.Skip(name(), reason);
    }
}
