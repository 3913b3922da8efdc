package org.parley.stances;

import org.parley.model.Polarity;
import org.parley.model.Token;

/**
 * A stance cue of {@code cues.tsv}: a word of the given kind that gives whoever uses it a
 * polarity toward the proposition it governs. {@code polarity} is null for a word that takes
 * a position only when negated ("no question of a truce"); {@code negated} is the polarity
 * under negation when it is not simply the opposite ("has not decided" is undecided, not
 * opposed), else null.
 */
record Cue(String id, String lemma, Kind kind, Polarity polarity, double strength, Polarity negated) {

    /** The word classes a cue may have, as {@code cues.tsv} names them in its {@code pos} column. */
    enum Kind { NOUN, ADJ, VERB }

    /** A cue found on a word of a sentence. */
    record On(Token word, Cue cue) {

        Kind kind() {
            return cue.kind();
        }
    }
}
