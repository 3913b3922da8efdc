/**
 * Where each actor stands on each issue. {@link org.parley.stances.StanceExtractor} runs the
 * readings in order on each word: stance cues ({@code cues.tsv}), idioms ("the door remains
 * open"), consequences and existentials ({@code consequences.tsv}: "would drag Europe into the
 * war", "there will be no boots on the ground"), commitments through action verbs
 * ({@code actions.tsv}: "may contribute troops"), then position-taking events. Propositions are
 * normalized to shared issue keys with a place ({@code issues.tsv}, {@code regions.tsv}); a
 * quote's speaker holds what its words state without a holder.
 */
package org.parley.stances;
