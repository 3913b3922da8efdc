package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.ingest.JsonLines;
import org.parley.server.ParleyServer;
import org.parley.server.ServerOptions;
import org.parley.server.Writes;
import org.parley.store.JdbcEventStore;
import org.parley.store.ReadPool;
import org.parley.store.StoreLocation;

/** {@code parley serve}: the REST API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: the dashboard at /, the REST API under /api/ (OpenAPI at /api/openapi.json,"
                + " Swagger UI at /api/docs). Reads are open; POST /api/analyze and /api/ingest need the bearer token"
                + " from --token-file or $PARLEY_TOKEN, and are off without one.",
            "A DuckDB file is held by this process while it serves: stop the server before ingesting from another."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--token-file", description = "File whose content is the write token (at least 16 characters);"
            + " default: $PARLEY_TOKEN; with neither, writes are off.")
    Path tokenFile;

    @Option(names = "--max-body", description = "Largest request body in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody = ServerOptions.DEFAULT_MAX_BODY;

    @Option(names = "--readers", description = "Connections that serve reads at once (default: ${DEFAULT-VALUE}).")
    int readers = 8;

    @Option(names = "--cache-seconds", description = "Serve a read answer again for this long, unless a write came"
            + " through this server meanwhile (default: ${DEFAULT-VALUE}; 0 turns it off).")
    double cacheSeconds = 5;

    @Override
    public Integer call() throws Exception {
        String location = store.db != null ? store.db : StoreLocation.defaultLocation();
        ServerOptions options;
        try {
            options = new ServerOptions(bind, port, token(), maxBody, readers, cacheSeconds);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (JdbcEventStore writer = JdbcEventStore.open(location);
             ReadPool pool = ReadPool.open(location, readers)) {
            Writes writes = new Writes(PipelineFactory::get, n -> JsonLines.document(n, null), writer);
            try (ParleyServer server = ParleyServer.start(pool, writes, options)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }));
                String host = bind.contains(":") ? "[" + bind + "]" : bind;
                System.out.printf("Parley serves %s at http://%s:%d/ (API: /api/docs; writes %s)%n", writer.describe(),
                        host, server.port(), options.token() == null ? "off" : "on, with the token");
                System.out.flush();
                stopped.await();
            }
        }
        return Main.OK;
    }

    private String token() throws IOException {
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile).strip();
            } catch (NoSuchFileException e) {
                throw new UsageException("no such token file: " + tokenFile);
            }
        }
        String env = System.getenv("PARLEY_TOKEN");
        return env == null || env.isBlank() ? null : env;
    }
}
