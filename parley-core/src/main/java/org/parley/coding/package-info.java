/**
 * Event coding: the lexicon of predicate patterns and the coder that applies it over the
 * dependency parse to produce CAMEO/PLOVER-coded events with evidence.
 *
 * <p>{@link org.parley.coding.EventCoder} is the one place the chain is built. A word becomes
 * a {@code Candidate} in {@code PredicateFinder}; then, in order: {@code PatternMatching}
 * (with {@code Frame} and {@code PatternMatcher}), {@code ObjectSense}, {@code Factuality},
 * {@code Negation}, {@code ModalCodes}, {@code IntentComposition} (the code adjusters, over
 * {@code Modality}), {@code ArgumentReader}, {@code EventDates}, {@code EventPlace},
 * {@code Dyads}. Each returns the candidate or a {@code Step.Skip} with its reason. The events
 * of a sentence then pass {@code HeldViews}, {@code SpeechEvents}, {@code FramedContent} and
 * {@code BareStatements}. Word lists come from {@link org.parley.data.WordLists}, never from
 * constants here.
 */
package org.parley.coding;
