package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.parley.actors.DocumentMentions;
import org.parley.annotate.Annotator;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Failure;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Stance;

/**
 * The path of a fact: annotate, find actors, extract quotes (whose "we" and "I" then name
 * their speaker), code events, extract stances. The
 * CLI, the server and batch jobs all call this one object. A failing stage becomes a
 * {@link Failure} in the analysis and the later stages still run on what there is.
 * Thread-safe: call it from as many threads as there are cores.
 */
public final class Pipeline {

    /** Documents longer than this are refused with a clear failure rather than parsed for minutes. */
    public static final int MAX_CHARS = 1_000_000;

    private final Annotator annotator;
    private final Components components;

    public Pipeline(Annotator annotator, Components components) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.components = Objects.requireNonNull(components, "components");
    }

    public Components components() {
        return components;
    }

    public Annotator annotator() {
        return annotator;
    }

    /**
     * Analyzes a document. Input problems (empty, binary, too long) throw
     * {@link BadDocumentException} with a one-line reason; stage failures are recorded.
     */
    public Analysis analyze(Document document) {
        checkInput(document);
        return analyze(annotator.annotate(document));
    }

    /** Analyzes an already parsed document (used by tests and by re-coding stored parses). */
    public Analysis analyze(ParsedDocument parsed) {
        return analyze(parsed, PipelineObserver.NONE);
    }

    /**
     * Analyzes a parsed document while {@code observer} watches: {@code explain} reads the
     * reasoning (each actor mention, each pattern tried and why an event was or was not
     * coded), {@code bench} times the stages. The same stages run whoever observes.
     */
    public Analysis analyze(ParsedDocument parsed, PipelineObserver observer) {
        Consumer<String> trace = observer.tracing() ? observer::trace : null;
        List<Failure> failures = new ArrayList<>();
        DocumentMentions mentions;
        observer.stageStarted("actors");
        try {
            mentions = components.mentionFinder().find(parsed);
        } catch (RuntimeException e) {
            failures.add(failure("actors", e));
            mentions = new DocumentMentions(List.of());
        }
        observer.stageEnded("actors");
        List<Quote> quotes = List.of();
        observer.stageStarted("quotes");
        try {
            quotes = components.quotes().extract(parsed, mentions);
            List<Mention> firstPerson = components.quotes().firstPersonMentions(parsed, quotes);
            if (!firstPerson.isEmpty()) {
                List<Mention> all = new ArrayList<>(mentions.all());
                all.addAll(firstPerson);
                mentions = new DocumentMentions(all);
            }
        } catch (RuntimeException e) {
            failures.add(failure("quotes", e));
        }
        observer.stageEnded("quotes");
        if (trace != null) {
            for (Mention m : mentions.all()) {
                trace.accept("actor '" + m.text() + "' " + m.span() + " → " + m.actor().code() + " ("
                        + m.actor().name() + ", " + m.how() + ")");
            }
        }
        List<Event> events = List.of();
        observer.stageStarted("coding");
        try {
            events = components.coder().code(parsed, mentions, trace);
        } catch (RuntimeException e) {
            failures.add(failure("coding", e));
        }
        observer.stageEnded("coding");
        List<Stance> stances = List.of();
        observer.stageStarted("stances");
        try {
            stances = components.stances().extract(parsed, mentions, events, quotes);
        } catch (RuntimeException e) {
            failures.add(failure("stances", e));
        }
        observer.stageEnded("stances");
        return new Analysis(parsed, mentions.all(), events, quotes, stances, failures);
    }

    private static Failure failure(String stage, RuntimeException e) {
        return new Failure(stage, -1, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** Rejects input no parser should see, with a reason a user can act on. */
    public static void checkInput(Document d) {
        String text = d.text();
        if (text.isBlank()) {
            throw new BadDocumentException("empty text");
        }
        if (text.length() > MAX_CHARS) {
            throw new BadDocumentException("text too long: " + text.length() + " characters (limit " + MAX_CHARS + ")");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new BadDocumentException("binary content: NUL character at offset " + i);
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        if (control > 16 && control * 20 > text.length()) {
            throw new BadDocumentException("not text: " + control + " control or undecodable characters in "
                    + text.length());
        }
    }
}
