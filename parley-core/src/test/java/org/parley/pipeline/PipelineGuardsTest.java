package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.annotate.Annotator;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Failure;
import org.parley.model.ParsedDocument;
import org.parley.testing.Fixtures;

/**
 * What one document cannot do to the caller: overflow the stack or run out of memory in the
 * parser, or run past the time limit. Each becomes a {@link BadDocumentException} with a reason,
 * and the thread is fit for the next document (no interrupt left behind).
 */
class PipelineGuardsTest {

    private static final Document DOC = Document.of("Poland urged Russia to withdraw.", LocalDate.of(2025, 2, 18));

    private static Pipeline with(Annotator annotator) {
        return new Pipeline(annotator, Fixtures.components());
    }

    @Test
    void aStackOverflowInTheParserFailsTheDocumentOnly() {
        Pipeline p = with(d -> {
            throw new StackOverflowError();
        });
        BadDocumentException e = assertThrows(BadDocumentException.class, () -> p.analyze(DOC));
        assertEquals("the parser ran out of stack (StackOverflowError) on this document of 32 characters", e.getMessage());
    }

    @Test
    void runningOutOfMemoryFailsTheDocumentWithAHint() {
        Pipeline p = with(d -> {
            throw new OutOfMemoryError("Java heap space");
        });
        String message = assertThrows(BadDocumentException.class, () -> p.analyze(DOC)).getMessage();
        assertTrue(message.startsWith("out of memory while analyzing this document"), message);
    }

    @Test
    void aDocumentOverTheTimeLimitIsStoppedAndTheThreadIsClean() {
        // Like CoreNLP's tagger and parser: work that checks for an interrupt between sentences.
        Annotator slow = d -> {
            long end = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < end) {
                if (Thread.interrupted()) {
                    throw new IllegalStateException("interrupted");
                }
            }
            return new ParsedDocument(d, List.of());
        };
        Pipeline p = with(slow).withTimeLimit(Duration.ofMillis(300));
        long start = System.nanoTime();
        BadDocumentException e = assertThrows(BadDocumentException.class, () -> p.analyze(DOC));
        assertTrue((System.nanoTime() - start) / 1e9 < 3, "stopped well before the work would end");
        assertTrue(e.getMessage().matches("stopped after 0\\.\\d s: over the time limit of 300 ms per document"), e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt is left for the next document");
        Analysis next = with(d -> new ParsedDocument(d, List.of())).withTimeLimit(Duration.ofSeconds(5)).analyze(DOC);
        assertTrue(next.failures().isEmpty());
    }

    @Test
    void quickWorkIsNeverInterrupted() throws Exception {
        Pipeline p = with(d -> new ParsedDocument(d, List.of())).withTimeLimit(Duration.ofMillis(50));
        for (int i = 0; i < 20; i++) {
            p.analyze(DOC);
        }
        Thread.sleep(120);
        assertFalse(Thread.currentThread().isInterrupted(), "a closed watch never fires");
    }

    @Test
    void theAnnotatorsNotesBecomeFailuresOfTheAnalysis() {
        Failure note = new Failure("annotate", 0, "a sentence of 900 tokens was split into 4 parts");
        Analysis a = with(d -> new ParsedDocument(d, List.of(), List.of(note))).analyze(DOC);
        assertEquals(List.of(note), a.failures());
    }
}
