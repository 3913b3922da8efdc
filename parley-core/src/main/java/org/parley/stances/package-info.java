/**
 * Where each actor stands on each issue. {@link org.parley.stances.StanceExtractor} builds the
 * chain once and offers each word of a sentence to the {@code StanceReading}s in order; the
 * first that takes the word ends its turn:
 * <ol>
 * <li>{@code CueStances}: stance cues ({@code cues.tsv}, found by {@code StanceCues} as a
 *     {@code Cue.On}), with what they are about from {@code CuePropositions} and who holds them
 *     from {@code CueHolders};</li>
 * <li>{@code Idioms}: "the door remains open", "keep an open mind";</li>
 * <li>{@code ConsequenceStances}: consequences and existentials ({@code consequences.tsv}:
 *     "would drag Europe into the war", "there will be no boots on the ground");</li>
 * <li>{@code ActionStances}: commitments through action verbs ({@code actions.tsv}: "may
 *     contribute troops");</li>
 * <li>{@code EventStances}: position-taking events of the coder.</li>
 * </ol>
 * The readings share a {@code SentenceStances} (the sentence, its mentions and events, the
 * stances so far). {@code Propositions} turns a proposition into an issue through
 * {@code IssueNormalizer} ({@code issues.tsv}, {@code regions.tsv}); a quote's speaker
 * ({@code QuoteHolders}) or the subject of the speech verb above ({@code Holders}) holds what
 * words state without a holder. Word lists come from {@code parley/words/stances.tsv} through
 * {@link org.parley.data.WordLists}, never from constants here.
 */
package org.parley.stances;
