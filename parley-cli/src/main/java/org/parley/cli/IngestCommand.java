package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.output.JsonOutput;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventStore;
import org.parley.store.JdbcEventStore;

/**
 * {@code parley ingest}: articles into the store, in parallel, committed in batches. Safe to
 * interrupt and re-run: documents are keyed by content hash and a re-run skips what is stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyze articles and store them: plain-text files, directories (recursively), and JSONL or "
                + "JSONL.gz files of {\"id\", \"text\", \"date\"?, \"title\"?, \"url\"?}.",
                "Re-running skips documents already stored; a bad document is recorded as a failure and the run goes on.",
                "Exit code: 0 all stored, 1 some documents failed, 2 usage error."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--limit", description = "Stop after this many documents (stored or failed).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 25;

    @Option(names = "--date", converter = Dates.class, description = "Publication date for documents without one.")
    LocalDate date;

    @Option(names = "--progress-every", paramLabel = "SECONDS",
            description = "Seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE}).")
    double progressEvery = 10;

    /** One input document, or the reason it could not be read. */
    record Item(String source, Document document, String error) {
    }

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or directory: " + p);
            }
        }
        if (threads < 1 || batch < 1 || limit < 1) {
            throw new UsageException("--threads, --batch and --limit must be at least 1");
        }
        try (EventStore db = store.open()) {
            Set<String> stored = db.storedHashes();
            Pipeline pipeline = PipelineFactory.get(knowledge);
            Progress progress = new Progress(System.console() != null, progressEvery);
            int[] counts = new int[3];
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "parley-ingest");
                t.setDaemon(true);
                return t;
            });
            Deque<Future<Object>> window = new ArrayDeque<>();
            List<Analysis> pending = new ArrayList<>();
            int[] seen = {0};
            try {
                Consumer<Item> submit = item -> {
                    if (seen[0] >= limit) {
                        return;
                    }
                    seen[0]++;
                    if (item.error() != null) {
                        window.add(java.util.concurrent.CompletableFuture.<Object>completedFuture(item));
                    } else if (stored.contains(JdbcEventStore.hashOf(item.document()))) {
                        counts[1]++;
                        return;
                    } else {
                        stored.add(JdbcEventStore.hashOf(item.document()));
                        window.add(pool.submit(() -> analyze(pipeline, item)));
                    }
                    while (window.size() >= threads * 4) {
                        drain(window.removeFirst(), db, pending, counts, progress);
                    }
                };
                for (Path p : paths) {
                    read(p, submit);
                    if (seen[0] >= limit) {
                        break;
                    }
                }
                while (!window.isEmpty()) {
                    drain(window.removeFirst(), db, pending, counts, progress);
                }
                flush(db, pending);
            } finally {
                pool.shutdownNow();
            }
            progress.done(counts[0], counts[1], counts[2]);
            EventStore.Counts c = db.counts();
            System.err.println("parley: " + db.describe() + ": " + c.documents() + " documents, " + c.events()
                    + " events (" + c.mentions() + " mentions), " + c.quotes() + " quotes, " + c.stances() + " stances, "
                    + c.failures() + " failures");
            return counts[2] == 0 ? Main.OK : Main.SOME_FAILED;
        }
    }

    private static Object analyze(Pipeline pipeline, Item item) {
        try {
            return pipeline.analyze(item.document());
        } catch (BadDocumentException e) {
            return new Item(item.source(), item.document(), e.getMessage());
        } catch (RuntimeException e) {
            return new Item(item.source(), item.document(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void drain(Future<Object> f, EventStore db, List<Analysis> pending, int[] counts, Progress progress) {
        Object result;
        try {
            result = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (result instanceof Item failed) {
            counts[2]++;
            System.err.println("parley: " + failed.source() + ": " + failed.error());
            db.recordFailure(failed.source(), failed.error());
        } else {
            pending.add((Analysis) result);
            counts[0]++;
            if (pending.size() >= batch) {
                flush(db, pending);
            }
        }
        progress.update(counts[0], counts[1], counts[2]);
    }

    private static void flush(EventStore db, List<Analysis> pending) {
        if (!pending.isEmpty()) {
            db.store(pending);
            pending.clear();
        }
    }

    /** Reads a path: directories recursively, .jsonl/.jsonl.gz line by line, anything else as one text file. */
    private void read(Path p, Consumer<Item> submit) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    read(f, submit);
                }
            }
            return;
        }
        String name = p.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
            try (BufferedReader in = Inputs.jsonl(p.toString())) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        submit.accept(item(p + ":" + n, line));
                    }
                }
            }
            return;
        }
        String source = p.toString();
        try {
            String text = Inputs.decode(Files.readAllBytes(p), source);
            submit.accept(new Item(source, new Document(null, text, date, null, null), check(text)));
        } catch (Inputs.BadInputException e) {
            submit.accept(new Item(source, null, e.getMessage()));
        }
    }

    private Item item(String source, String line) {
        try {
            Document doc = Inputs.document(JsonOutput.mapper().readTree(line), date);
            return new Item(source, doc, check(doc.text()));
        } catch (IOException e) {
            return new Item(source, null, "not JSON");
        } catch (BadDocumentException e) {
            return new Item(source, null, e.getMessage());
        }
    }

    private static String check(String text) {
        try {
            Pipeline.checkInput(new Document("check", text, null, null, null));
            return null;
        } catch (BadDocumentException e) {
            return e.getMessage();
        }
    }

    /** A progress line on a terminal (count, rate, stored and failed), plain log lines otherwise. */
    static final class Progress {
        private final boolean terminal;
        private final long every;
        private final long start = System.nanoTime();
        private long lastLog = start;

        Progress(boolean terminal, double everySeconds) {
            this.terminal = terminal;
            this.every = (long) (everySeconds * 1e9);
        }

        void update(int stored, int skipped, int failed) {
            long now = System.nanoTime();
            if (terminal) {
                if (now - lastLog > 200_000_000L) {
                    System.err.print("\r" + line(stored, skipped, failed, now));
                    lastLog = now;
                }
            } else if (now - lastLog >= every) {
                System.err.println("parley: " + line(stored, skipped, failed, now));
                lastLog = now;
            }
        }

        void done(int stored, int skipped, int failed) {
            System.err.println((terminal ? "\r" : "parley: ") + line(stored, skipped, failed, System.nanoTime()));
        }

        private String line(int stored, int skipped, int failed, long now) {
            double s = Math.max(1e-9, (now - start) / 1e9);
            return String.format(java.util.Locale.ROOT, "%d stored, %d already stored, %d failed, %.1f docs/s, %.0f s",
                    stored, skipped, failed, stored / s, s);
        }
    }
}
