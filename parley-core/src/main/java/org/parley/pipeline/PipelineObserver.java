package org.parley.pipeline;

/**
 * What a caller may watch while {@link Pipeline} analyzes a parsed document: the reasoning
 * ({@code explain}) and when each stage starts and ends ({@code bench}). The stages run the
 * same whatever observes them. Methods default to doing nothing.
 */
public interface PipelineObserver {

    /** Observes nothing. */
    PipelineObserver NONE = new PipelineObserver() {
    };

    /** Whether {@link #trace} wants lines: building them costs time, so the stages ask first. */
    default boolean tracing() {
        return false;
    }

    /** One line of reasoning: an actor mention, a pattern tried, why an event was or was not coded. */
    default void trace(String line) {
    }

    /** A stage ("actors", "quotes", "coding", "stances") starts on the document. */
    default void stageStarted(String stage) {
    }

    /** The stage ends. */
    default void stageEnded(String stage) {
    }
}
