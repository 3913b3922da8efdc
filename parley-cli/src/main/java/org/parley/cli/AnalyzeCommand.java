package org.parley.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.ingest.HtmlPage;
import org.parley.ingest.InputFormat;
import org.parley.ingest.MarkupException;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.output.JsonOutput;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;

/** {@code parley analyze}: one article, or a JSONL batch, to events, quotes, stances and actors. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze one article (FILE, or - for standard input) or a JSONL batch (--input).",
                "A batch writes exactly one line per input line, in input order, with the same id; a document "
                        + "that fails gives {\"id\": ..., \"error\": ...} and the run goes on.",
                "Exit code: 0 all documents analyzed, 1 some failed, 2 usage error."})
final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { json, jsonl }

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An article: plain text or an HTML page (cleaned), or - for standard input.")
    String file;

    @Option(names = "--input", paramLabel = "FILE.jsonl[.gz]",
            description = "JSONL batch: one {\"id\", \"text\", \"date\"?, \"title\"?, \"url\"?} per line.")
    String input;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "Publication date (for FILE; for --input, the default for lines without one).")
    LocalDate date;

    @Option(names = "--id", description = "Document id for FILE (default: a hash of the text).")
    String id;

    @Option(names = "--format", description = "json (pretty, one document) or jsonl (one line per document). "
            + "Default: json for FILE, jsonl for --input.")
    Format format;

    @Option(names = "--threads", description = "Worker threads for --input (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (input == null)) {
            throw new UsageException("give either FILE (or -) or --input FILE.jsonl, not both or neither");
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
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
            doc = document(Inputs.readBytes(file));
        } catch (Inputs.BadInputException | MarkupException e) {
            System.err.println("parley: " + file + ": " + e.getMessage());
            return Main.SOME_FAILED;
        }
        Pipeline pipeline = PipelineFactory.get(knowledge);
        Analysis a;
        try {
            a = pipeline.analyze(doc);
        } catch (BadDocumentException e) {
            System.err.println("parley: " + file + ": " + e.getMessage());
            out.println(JsonOutput.error(doc.id(), e.getMessage()));
            return Main.SOME_FAILED;
        }
        ObjectNode json = JsonOutput.document(a);
        if (format == Format.jsonl) {
            out.println(JsonOutput.mapper().writeValueAsString(json));
        } else {
            out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        return a.failures().isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * FILE as one document: an HTML page cleaned (its title, url and date unless --date says
     * otherwise), anything else as UTF-8 text. A feed holds many documents, so it is refused.
     */
    private Document document(byte[] bytes) throws MarkupException {
        InputFormat format = file.equals("-") ? InputFormat.sniff(bytes)
                : InputFormat.detect(java.nio.file.Path.of(file).getFileName().toString(), bytes);
        if (format == InputFormat.FEED) {
            throw new UsageException(file + " is an RSS or Atom feed, one document per item: use parley ingest");
        }
        if (format == InputFormat.HTML) {
            HtmlPage page = HtmlPage.read(bytes);
            return new Document(id, page.text().text(), date != null ? date : page.published(), page.title(), page.url());
        }
        return new Document(id, Inputs.decode(bytes), date, null, null);
    }

    /** Parallel over documents, written in input order through a bounded window of futures. */
    private int batch(PrintWriter out) throws IOException {
        if (format == Format.json) {
            throw new UsageException("--input writes JSONL; --format json is for a single FILE");
        }
        Pipeline pipeline = PipelineFactory.get(knowledge);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<String>> window = new ArrayDeque<>();
        int lineNo = 0;
        try (BufferedReader in = Inputs.jsonl(input)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                final String l = line;
                final int n = lineNo;
                window.add(pool.submit(() -> analyzeLine(pipeline, l, n, failed)));
                if (window.size() >= threads * 4) {
                    out.println(take(window));
                }
            }
            while (!window.isEmpty()) {
                out.println(take(window));
            }
        } finally {
            pool.shutdownNow();
        }
        return failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
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

    private String analyzeLine(Pipeline pipeline, String line, int lineNo, AtomicInteger failed)
            throws JsonProcessingException {
        String docId = "line-" + lineNo;
        try {
            JsonNode node;
            try {
                node = JsonOutput.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                throw new BadDocumentException("line " + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
            }
            if (!node.isObject()) {
                throw new BadDocumentException("line " + lineNo + ": not a JSON object");
            }
            if (node.hasNonNull("id")) {
                docId = node.get("id").asText();
            }
            Document doc;
            try {
                doc = Inputs.document(node, date);
            } catch (BadDocumentException e) {
                throw new BadDocumentException("line " + lineNo + ": " + e.getMessage());
            }
            Analysis a = pipeline.analyze(doc);
            if (!a.failures().isEmpty()) {
                failed.incrementAndGet();
            }
            return JsonOutput.mapper().writeValueAsString(JsonOutput.document(a));
        } catch (BadDocumentException e) {
            failed.incrementAndGet();
            System.err.println("parley: " + input + ":" + lineNo + ": " + e.getMessage());
            return JsonOutput.mapper().writeValueAsString(JsonOutput.error(docId, e.getMessage()));
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
            System.err.println("parley: " + input + ":" + lineNo + ": " + msg);
            return JsonOutput.mapper().writeValueAsString(JsonOutput.error(docId, msg));
        }
    }
}
