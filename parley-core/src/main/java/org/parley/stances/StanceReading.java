package org.parley.stances;

import org.parley.model.Token;

/**
 * One way a word states a stance: a cue ("unacceptable"), an idiom ("the door remains open"),
 * a consequence ("would drag Europe into the war"), a commitment ("may contribute troops") or
 * a position-taking event. {@link StanceExtractor} tries the readings on each word in order;
 * the first that takes the word ends its turn, so one word never gets two readings.
 */
interface StanceReading {

    /**
     * Adds the stances the word states to {@code at} ({@link SentenceStances#take}); true when
     * the word is this reading's, whether or not a stance came of it, so later readings leave it.
     */
    boolean read(Token word, SentenceStances at);
}
