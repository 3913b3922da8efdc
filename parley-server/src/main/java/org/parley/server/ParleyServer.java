package org.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import org.parley.store.read.ReadPool;

/**
 * The server, configured in one place before it starts: the read API over a {@link ReadPool},
 * the token-guarded writes, the OpenAPI description and Swagger UI, and the dashboard. No CORS
 * headers are sent, so other sites' pages cannot read the API from a browser.
 */
public final class ParleyServer implements AutoCloseable {

    /**
     * Browsers run only this server's scripts: data shown through the DOM's textContent cannot
     * become markup, and this policy stops any script that slipped in anyway.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;

    private ParleyServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code pool} with {@code options}; {@code writes} may be null (then, as
     * without a token, writes are off).
     */
    public static ParleyServer start(ReadPool pool, Writes writes, ServerOptions options) {
        Reads reads = Reads.over(pool);
        String openApi = resource("/parley/openapi.json");
        Bodies bodies = new Bodies(options.maxBodyBytes());
        TokenCheck tokens = new TokenCheck(writes == null ? null : options.token());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.host = options.bind();
            config.jetty.port = options.port();
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/parley/web";
                files.location = Location.CLASSPATH;
            });
            ApiErrors.install(config);
            config.routes.before(ctx -> securityHeaders(ctx));
            routes(config, reads, writes, bodies, tokens, openApi);
        });
        app.start();
        return new ParleyServer(app);
    }

    private static void routes(JavalinConfig config, Reads reads, Writes writes, Bodies bodies, TokenCheck tokens,
                               String openApi) {
        config.routes.get("/api/events", new EventsHandler(reads.events()));
        config.routes.get("/api/events/{id}", new EventHandler(reads.events()));
        config.routes.get("/api/quotes", new QuotesHandler(reads.quotes()));
        config.routes.get("/api/stances", new StancesHandler(reads.stances()));
        config.routes.get("/api/stances/matrix", new StanceMatrixHandler(reads.stances()));
        config.routes.get("/api/actors", new ActorsHandler(reads.actors()));
        config.routes.get("/api/documents/{id}", new DocumentHandler(reads.documents()));
        config.routes.get("/api/timeline", new TimelineHandler(reads.timeline()));
        config.routes.get("/api/network", new NetworkHandler(reads.network()));
        config.routes.get("/api/changes", new ChangesHandler(reads.changes()));
        config.routes.get("/api/stats", new StatsHandler(reads.stats()));
        config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        config.routes.get("/api/docs", ctx -> ctx.redirect("/swagger.html"));
        config.routes.before("/api/analyze", ctx -> guardWrite(ctx, tokens, bodies));
        config.routes.before("/api/ingest", ctx -> guardWrite(ctx, tokens, bodies));
        config.routes.post("/api/analyze", writes == null ? ctx -> { } : new AnalyzeHandler(writes, bodies));
        config.routes.post("/api/ingest", writes == null ? ctx -> { } : new IngestHandler(writes, bodies));
    }

    /** Token first (nothing is read from a stranger), then the declared body size. */
    private static void guardWrite(Context ctx, TokenCheck tokens, Bodies bodies) throws Exception {
        if (ctx.method().name().equals("POST")) {
            tokens.handle(ctx);
            bodies.checkDeclared(ctx);
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static String resource(String path) {
        try (InputStream in = ParleyServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " in the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port listened on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
