package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.ingest.ArticleFiles;
import org.parley.ingest.ArticleFiles.Item;
import org.parley.ingest.HtmlPage;
import org.parley.ingest.InputFormat;
import org.parley.ingest.JsonLines;
import org.parley.ingest.MarkupException;
import org.parley.ingest.SourceText;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.output.JsonOutput;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;

/** {@code parley analyze}: one article, or a batch, to events, quotes, stances and actors. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze one article (FILE, or - for standard input) or a batch (--input): JSONL files, "
                + "feeds, pages, text files and directories, read as parley ingest reads them.",
                "A batch writes exactly one line per input document (JSONL line, feed item, file), in input order; "
                        + "a document that fails gives {\"id\": ..., \"error\": ...} and the run goes on.",
                "Exit code: 0 all documents analyzed, 1 some failed, 2 usage error."})
final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { json, jsonl }

    /** Seconds between the lines that show a long single document is still being analyzed. */
    private static final int HEARTBEAT_SECONDS = 15;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An article: plain text or an HTML page (cleaned), or - for standard input.")
    String file;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "A batch: JSONL(.gz) of {\"id\", \"text\", \"date\"?, \"title\"?, \"url\"?} per line, RSS/Atom "
                    + "feeds, HTML pages, text files or directories of them; - reads JSONL from standard input.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "Publication date (for FILE; for --input, the date of documents without one).")
    LocalDate date;

    @Option(names = "--id", description = "Document id for FILE (default: a hash of the text).")
    String id;

    @Option(names = "--format", description = "json (pretty, one document) or jsonl (one line per document). "
            + "Default: json for FILE, jsonl for --input.")
    Format format;

    @Option(names = "--evidence", paramLabel = "compact|full", description = "compact (default): each sentence's text "
            + "once, in sentences[], and facts refer to it and to actors[] by id; full: each fact's evidence also "
            + "repeats its sentence's text and span, and each actor reference the whole actor.")
    String evidence = "compact";

    @Option(names = "--threads", description = "Worker threads for --input (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (inputs == null)) {
            throw new UsageException("give either FILE (or -) or --input PATH..., not both or neither");
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        read.limit();
        detail();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try {
            return file != null ? single(out) : batch(out);
        } finally {
            out.flush();
        }
    }

    private int single(PrintWriter out) throws IOException {
        Document doc;
        try {
            doc = document(file.equals("-") ? Stdin.open().readAllBytes() : Inputs.readBytes(file));
        } catch (MarkupException e) {
            System.err.println("parley: " + OneLine.of(file) + ": " + OneLine.of(e.getMessage()));
            return Main.SOME_FAILED;
        }
        Pipeline pipeline = PipelineFactory.get(knowledge).withTimeLimit(read.limit());
        Analysis a;
        ScheduledExecutorService heartbeat = heartbeat(doc);
        try {
            a = pipeline.analyze(doc);
        } catch (BadDocumentException e) {
            System.err.println("parley: " + OneLine.of(file) + ": " + OneLine.of(e.getMessage()));
            out.println(JsonOutput.error(doc.id(), e.getMessage()));
            return Main.SOME_FAILED;
        } finally {
            heartbeat.shutdownNow();
        }
        // Written straight to the output: one long document's JSON is not held a second time as a string.
        com.fasterxml.jackson.databind.ObjectWriter writer = format == Format.jsonl ? JsonOutput.mapper().writer()
                : JsonOutput.mapper().writerWithDefaultPrettyPrinter();
        writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, JsonOutput.document(a, detail()));
        out.println();
        return failed(a) ? Main.SOME_FAILED : Main.OK;
    }

    /** A stage failed on part of the document; notes (what was left out on purpose) are no failure. */
    private static boolean failed(Analysis a) {
        return a.failures().stream().anyMatch(f -> !f.note());
    }

    private JsonOutput.Detail detail() {
        return switch (evidence) {
            case "compact" -> JsonOutput.Detail.COMPACT;
            case "full" -> JsonOutput.Detail.FULL;
            default -> throw new UsageException("--evidence takes compact or full, not " + OneLine.of(evidence));
        };
    }

    /** A line on standard error every so often while one long document is analyzed, so it shows life. */
    private ScheduledExecutorService heartbeat(Document doc) {
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        beat.scheduleAtFixedRate(() -> System.err.println("parley: " + OneLine.of(file) + ": still analyzing ("
                + doc.text().length() + " characters), " + IngestProgress.duration((System.nanoTime() - start) / 1e9)
                + " so far"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        return beat;
    }

    /**
     * FILE as one document: an HTML page cleaned (its title, url and date unless --date says
     * otherwise), anything else as text in the charset it declares or --encoding gives (else
     * UTF-8, else windows-1252 with a note). A feed holds many documents, so it goes to --input.
     */
    private Document document(byte[] bytes) throws MarkupException {
        InputFormat format = file.equals("-") ? InputFormat.sniff(bytes)
                : InputFormat.detect(Path.of(file).getFileName().toString(), bytes);
        if (format == InputFormat.FEED) {
            throw new UsageException(OneLine.of(file) + " is an RSS or Atom feed, one document per item: use "
                    + "--input " + OneLine.of(file) + " (or parley ingest)");
        }
        if (format == InputFormat.HTML) {
            SourceText source = HtmlPage.decode(bytes, read.charset());
            note(source.note());
            HtmlPage page = HtmlPage.of(source);
            return new Document(id, page.text().text(), date != null ? date : page.published(), page.title(), page.url());
        }
        SourceText source = SourceText.decode(bytes, null, null, read.charset());
        note(source.note());
        return new Document(id, source.text(), date, null, null);
    }

    private void note(String note) {
        if (note != null) {
            System.err.println("parley: " + OneLine.of(file) + ": note: " + OneLine.of(note));
        }
    }

    /** Parallel over documents, written in input order through a bounded window of futures. */
    private int batch(PrintWriter out) throws IOException {
        if (format == Format.json) {
            throw new UsageException("--input writes JSONL; --format json is for a single FILE");
        }
        List<Path> paths = new ArrayList<>();
        for (String in : inputs) {
            if (!in.equals("-") && !Files.exists(Path.of(in))) {
                throw new UsageException("no such file or directory: " + OneLine.of(in));
            }
            if (in.equals("-") && inputs.size() > 1) {
                throw new UsageException("--input - reads standard input alone");
            }
            paths.add(Path.of(in));
        }
        java.io.InputStream stdin = inputs.equals(List.of("-")) ? Stdin.open() : null;
        Pipeline pipeline = PipelineFactory.get(knowledge).withTimeLimit(read.limit());
        int[] failed = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<String>> window = new ArrayDeque<>();
        try {
            java.util.function.Predicate<Item> sink = item -> {
                if (item.note() != null) {
                    System.err.println("parley: " + OneLine.of(item.source()) + ": note: " + OneLine.of(item.note()));
                }
                window.add(item.error() != null ? CompletableFuture.completedFuture(failure(item, item.error(), failed))
                        : pool.submit(() -> analyze(pipeline, item, failed, detail())));
                while (window.size() >= threads * 4) {
                    out.println(take(window));
                }
                return true;
            };
            if (stdin != null) {
                new JsonLines("-", read.charset(), date).read(stdin, sink);
            } else {
                ArticleFiles.of(paths, read.options(date)).read(sink);
            }
            while (!window.isEmpty()) {
                out.println(take(window));
            }
        } finally {
            pool.shutdownNow();
        }
        return failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private static String take(Deque<Future<String>> window) {
        try {
            return window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One output line for one document: its analysis, or its error. */
    private static String analyze(Pipeline pipeline, Item item, int[] failed, JsonOutput.Detail detail)
            throws JsonProcessingException {
        Analysis a;
        try {
            Pipeline.checkInput(item.document());
            a = pipeline.analyze(item.document());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(item, IngestCommand.reason(e), failed);
        }
        if (failed(a)) {
            synchronized (failed) {
                failed[0]++;
            }
        }
        return JsonOutput.mapper().writeValueAsString(JsonOutput.document(a, detail));
    }

    private static String failure(Item item, String error, int[] failed) {
        synchronized (failed) {
            failed[0]++;
        }
        System.err.println("parley: " + OneLine.of(item.source()) + ": " + OneLine.of(error));
        String docId = item.id() != null ? item.id() : item.document() != null ? item.document().id() : item.source();
        try {
            return JsonOutput.mapper().writeValueAsString(JsonOutput.error(docId, error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
