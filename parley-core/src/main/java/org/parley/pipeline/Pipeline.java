package org.parley.pipeline;

import java.time.Duration;
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
    private final TimeLimit timeLimit;

    public Pipeline(Annotator annotator, Components components) {
        this(annotator, components, null);
    }

    private Pipeline(Annotator annotator, Components components, TimeLimit timeLimit) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.components = Objects.requireNonNull(components, "components");
        this.timeLimit = timeLimit;
    }

    /**
     * This pipeline with a limit on the time one document may take: a document still being
     * analyzed when it runs out fails with a {@link BadDocumentException} saying so, and the
     * thread is free for the next one.
     */
    public Pipeline withTimeLimit(Duration limit) {
        return new Pipeline(annotator, components, limit == null ? null : new TimeLimit(limit));
    }

    /** The time limit per document, or null when there is none. */
    public Duration timeLimit() {
        return timeLimit == null ? null : timeLimit.limit();
    }

    public Components components() {
        return components;
    }

    public Annotator annotator() {
        return annotator;
    }

    /**
     * Analyzes a document. Input problems (empty, binary, too long), running past the time
     * limit and the parser running out of stack or memory throw {@link BadDocumentException}
     * with a one-line reason; stage failures are recorded in the analysis.
     */
    public Analysis analyze(Document document) {
        checkInput(document);
        TimeLimit.Watch watch = timeLimit == null ? null : timeLimit.start();
        try {
            Analysis a = analyze(annotator.annotate(document));
            if (watch != null && watch.expired()) {
                throw timedOut(watch);
            }
            return a;
        } catch (BadDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (watch != null && watch.expired()) {
                throw timedOut(watch);
            }
            throw e;
        } catch (StackOverflowError e) {
            throw new BadDocumentException("the parser ran out of stack (StackOverflowError) on this document of "
                    + document.text().length() + " characters");
        } catch (OutOfMemoryError e) {
            throw new BadDocumentException("out of memory while analyzing this document of " + document.text().length()
                    + " characters (give Java more with -Xmx, or fewer --threads)");
        } finally {
            if (watch != null) {
                watch.close();
            }
        }
    }

    private BadDocumentException timedOut(TimeLimit.Watch watch) {
        Duration limit = timeLimit.limit();
        String written = limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
        return new BadDocumentException(String.format(java.util.Locale.ROOT,
                "stopped after %.1f s: over the time limit of %s per document", watch.seconds(), written));
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
        List<Failure> failures = new ArrayList<>(parsed.notes());
        DocumentMentions mentions;
        observer.stageStarted("actors");
        try {
            mentions = components.mentionFinder().find(parsed);
        } catch (RuntimeException | StackOverflowError e) {
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
        } catch (RuntimeException | StackOverflowError e) {
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
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(failure("coding", e));
        }
        observer.stageEnded("coding");
        List<Stance> stances = List.of();
        observer.stageStarted("stances");
        try {
            stances = components.stances().extract(parsed, mentions, events, quotes, failures::add);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(failure("stances", e));
        }
        observer.stageEnded("stances");
        return new Analysis(parsed, mentions.all(), events, quotes, stances, failures);
    }

    private static Failure failure(String stage, Throwable e) {
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
