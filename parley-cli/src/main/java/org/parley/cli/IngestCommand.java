package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.ingest.ArticleFiles;
import org.parley.ingest.ArticleFiles.Item;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import org.parley.store.DocumentAliases;
import org.parley.store.EventStore;
import org.parley.store.JdbcEventStore;

/**
 * {@code parley ingest}: articles into the store, in parallel, committed in batches. Safe to
 * interrupt and re-run: documents are keyed by content hash and a re-run skips what is stored.
 * One document that fails (its input, the parser, the time limit) is reported and recorded and
 * the run goes on; what was analyzed is committed even when the run itself stops on an error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyze articles and store them: plain-text files, HTML pages (boilerplate removed), RSS and "
                + "Atom feeds (one document per item), directories (recursively), and JSONL or JSONL.gz files of "
                + "{\"id\", \"text\", \"date\"?, \"title\"?, \"url\"?}. Formats go by extension (.txt .html .htm "
                + ".xml .rss .atom .jsonl .jsonl.gz), else by the first bytes.",
                "Re-running skips documents already stored; a bad document is recorded as a failure and the run goes on.",
                "Exit code: 0 all stored, 1 some documents failed, 2 usage error."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

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

    private Pipeline pipeline;
    private IngestProgress progress;
    private final int[] counts = new int[4];
    private int undated;
    private final List<DocumentAliases.Alias> aliases = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or directory: " + OneLine.of(p.toString()));
            }
        }
        if (threads < 1 || batch < 1 || limit < 1) {
            throw new UsageException("--threads, --batch and --limit must be at least 1");
        }
        ArticleFiles files = ArticleFiles.of(paths, read.options(date));
        read.limit();
        try (JdbcEventStore db = store.open()) {
            Set<String> stored = db.storedHashes();
            progress = new IngestProgress(System.err, System.console() != null, progressEvery,
                    files.knownDocuments() < 0 ? -1 : Math.min(files.knownDocuments(), limit), files.totalBytes(),
                    files::bytesRead);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "parley-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "parley-ingest");
                t.setDaemon(true);
                return t;
            });
            Deque<Future<Result>> window = new ArrayDeque<>();
            List<Analysis> pending = new ArrayList<>();
            List<EventStore.DocumentSource> sources = new ArrayList<>();
            int[] seen = {0};
            try {
                files.read(item -> {
                    seen[0]++;
                    if (item.note() != null) {
                        progress.log("parley: " + OneLine.of(item.source()) + ": note: " + OneLine.of(item.note()));
                    }
                    if (item.error() != null) {
                        window.add(CompletableFuture.completedFuture(new Result(item, null, item.error(), false)));
                    } else if (!stored.add(JdbcEventStore.hashOf(item.document()))) {
                        // Stored already (or earlier in this run): this copy's id, date and source become an alias.
                        aliases.add(new DocumentAliases.Alias(item.document(), OneLine.of(item.source())));
                        if (aliases.size() >= 500) {
                            flush(db, pending, sources);
                        }
                        counts[1]++;
                        progress.update(seen[0], counts[0], counts[1], counts[2], counts[3]);
                    } else {
                        Pipeline pipeline = pipeline();
                        progress.started(item.source(), item.document().text().length());
                        window.add(pool.submit(() -> analyze(pipeline, item)));
                    }
                    while (window.size() >= threads * 4) {
                        drain(window.removeFirst(), db, pending, sources, seen[0]);
                    }
                    return seen[0] < limit;
                });
                while (!window.isEmpty()) {
                    drain(window.removeFirst(), db, pending, sources, seen[0]);
                }
            } finally {
                // What was analyzed is kept even when the run stops on an error of its own.
                flush(db, pending, sources);
                pool.shutdownNow();
                ticker.shutdownNow();
            }
            progress.done(counts[0], counts[1], counts[2]);
            EventStore.Counts c = db.counts();
            System.err.println("parley: " + OneLine.of(db.describe()) + ": " + c.documents() + " documents, " + c.events()
                    + " events (" + c.mentions() + " mentions), " + c.quotes() + " quotes, " + c.stances() + " stances, "
                    + c.failures() + " failures");
            if (undated > 0) {
                System.err.println("parley: " + undated + " of the documents stored now have no date (none in the file, "
                        + "no --date): their events are undated; --date or --file-dates gives one");
            }
            return counts[2] == 0 ? Main.OK : Main.SOME_FAILED;
        }
    }

    /** The pipeline, loaded on first need: a re-run that finds everything stored skips loading the models. */
    private Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = PipelineFactory.get(knowledge).withTimeLimit(read.limit());
            progress.analysisStarted();
        }
        return pipeline;
    }

    /**
     * What became of one item.
     *
     * @param analysis the analysis, or null when the item failed
     * @param error why it failed, or null
     * @param analyzed whether it went through the pipeline (and so took analysis time)
     */
    record Result(Item item, Analysis analysis, String error, boolean analyzed) {
    }

    /** The analysis, or the reason it failed: nothing a document does stops the run. */
    static Result analyze(Pipeline pipeline, Item item) {
        try {
            return new Result(item, pipeline.analyze(item.document()), null, true);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Result(item, null, reason(e), true);
        }
    }

    /** One line for a throwable: a bad document's own message, else the class and message. */
    static String reason(Throwable e) {
        return e instanceof org.parley.pipeline.BadDocumentException ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private void drain(Future<Result> f, JdbcEventStore db, List<Analysis> pending, List<EventStore.DocumentSource> sources,
                       int read) {
        Result result;
        try {
            result = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside any document", e.getCause());
        }
        Item item = result.item();
        progress.finished(item.source());
        if (result.analyzed()) {
            counts[3]++;
        }
        if (result.error() != null) {
            counts[2]++;
            progress.log("parley: " + OneLine.of(item.source()) + ": " + OneLine.of(result.error()));
            db.recordFailure(OneLine.of(item.source()), result.error());
        } else {
            for (org.parley.model.Failure note : result.analysis().failures()) {
                progress.log("parley: " + OneLine.of(item.source()) + ": " + note.stage()
                        + (note.sentence() >= 0 ? " (sentence " + (note.sentence() + 1) + ")" : "") + ": "
                        + OneLine.of(note.message()));
            }
            pending.add(result.analysis());
            sources.add(new EventStore.DocumentSource(OneLine.of(item.source()),
                    item.offsets() == null ? null : item.offsets().encode()));
            counts[0]++;
            if (result.analysis().document().published() == null) {
                undated++;
            }
            if (pending.size() >= batch) {
                flush(db, pending, sources);
            }
        }
        progress.update(read, counts[0], counts[1], counts[2], counts[3]);
    }

    private void flush(JdbcEventStore db, List<Analysis> pending, List<EventStore.DocumentSource> sources) {
        if (!pending.isEmpty()) {
            db.store(pending, sources);
            pending.clear();
            sources.clear();
        }
        if (!aliases.isEmpty()) {
            new DocumentAliases(db.database()).record(aliases);
            aliases.clear();
        }
    }
}
