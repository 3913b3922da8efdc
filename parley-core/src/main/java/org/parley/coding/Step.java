package org.parley.coding;

/**
 * What a coding stage makes of a predicate: a {@link Candidate} for the next stage, or a
 * {@link Skip} that says why the predicate codes no event.
 */
sealed interface Step permits Candidate, Step.Skip {

    /**
     * Why a predicate codes no event, and which stage said so; {@code reason} is null for a
     * word that is simply no predicate of the lexicon, which {@code explain} does not list.
     */
    record Skip(String stage, String reason) implements Step {

        static Skip quiet(String stage) {
            return new Skip(stage, null);
        }

        boolean quiet() {
            return reason == null;
        }

        @Override
        public String toString() {
            return stage + ": " + reason;
        }
    }
}
