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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.cli.ArticleFiles.Item;
import org.parley.model.Analysis;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventStore;
import org.parley.store.JdbcEventStore;

/**
 * {@code parley ingest}: articles into the store, in parallel, committed in batches. Safe to
 * interrupt and re-run: documents are keyed by content hash and a re-run skips what is stored.
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
        ArticleFiles files = ArticleFiles.of(paths, date);
        try (EventStore db = store.open()) {
            Set<String> stored = db.storedHashes();
            IngestProgress progress = new IngestProgress(System.err, System.console() != null, progressEvery,
                    files.knownDocuments() < 0 ? -1 : Math.min(files.knownDocuments(), limit), files.totalBytes(),
                    files::bytesRead);
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
                files.read(item -> {
                    seen[0]++;
                    if (item.error() != null) {
                        window.add(CompletableFuture.<Object>completedFuture(item));
                    } else if (!stored.add(JdbcEventStore.hashOf(item.document()))) {
                        counts[1]++;
                        progress.update(seen[0], counts[0], counts[1], counts[2]);
                    } else {
                        Pipeline pipeline = pipeline();
                        window.add(pool.submit(() -> analyze(pipeline, item)));
                    }
                    while (window.size() >= threads * 4) {
                        drain(window.removeFirst(), db, pending, counts, progress, seen[0]);
                    }
                    return seen[0] < limit;
                });
                while (!window.isEmpty()) {
                    drain(window.removeFirst(), db, pending, counts, progress, seen[0]);
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

    /** The pipeline, loaded on first need: a re-run that finds everything stored skips loading the models. */
    private Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = PipelineFactory.get(knowledge);
        }
        return pipeline;
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

    private void drain(Future<Object> f, EventStore db, List<Analysis> pending, int[] counts, IngestProgress progress,
                       int read) {
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
            progress.log("parley: " + failed.source() + ": " + failed.error());
            db.recordFailure(failed.source(), failed.error());
        } else {
            pending.add((Analysis) result);
            counts[0]++;
            if (pending.size() >= batch) {
                flush(db, pending);
            }
        }
        progress.update(read, counts[0], counts[1], counts[2]);
    }

    private static void flush(EventStore db, List<Analysis> pending) {
        if (!pending.isEmpty()) {
            db.store(pending);
            pending.clear();
        }
    }
}
