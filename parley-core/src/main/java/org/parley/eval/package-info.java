/**
 * Scoring Parley's output against gold data: events (PLOVER types or CAMEO roots, and dyads),
 * actor resolution (country and sector) and quotes (PolNeAR attributions).
 *
 * <p>The figures follow the definitions of the project's reference scorers exactly (the same
 * counts, the same rounding), so that {@code parley eval} and those scorers agree on any
 * input. On top of the figures each scorer gives a per-type table, a confusion matrix and a
 * list of tagged errors, all in one {@link org.parley.eval.EvalReport}. Readers turn gold
 * files and system output (the JSON that {@code parley analyze} and {@code parley resolve}
 * write) into small records; scorers only count.
 */
package org.parley.eval;
