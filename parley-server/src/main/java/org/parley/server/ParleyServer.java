package org.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;

import org.parley.store.ReadPool;

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
    private final List<String> paths;

    private ParleyServer(Javalin app, List<String> paths) {
        this.app = app;
        this.paths = paths;
    }

    /**
     * Starts serving {@code pool} with {@code options}; {@code writes} may be null (then, as
     * without a token, writes are off).
     */
    public static ParleyServer start(ReadPool pool, Writes writes, ServerOptions options) {
        String openApi = resource("/parley/openapi.json");
        Bodies bodies = new Bodies(options.maxBodyBytes());
        TokenCheck tokens = new TokenCheck(writes == null ? null : options.token());
        ResponseCache cache = new ResponseCache(options.cacheSeconds());
        Writes guarded = writes == null ? null : writes.notifying(cache::invalidate);
        List<String> paths = new ArrayList<>();
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
            paths.addAll(routes(config, pool, guarded, bodies, tokens, cache, openApi));
        });
        app.start();
        return new ParleyServer(app, List.copyOf(paths));
    }

    /** The API's routes: GET handlers, then the token-guarded POST handlers. */
    private static List<String> routes(JavalinConfig config, ReadPool pool, Writes writes, Bodies bodies, TokenCheck tokens,
                                       ResponseCache cache, String openApi) {
        Map<String, Handler> gets = new LinkedHashMap<>();
        gets.put("/api/events", new EventsHandler(pool));
        gets.put("/api/events/{id}", new EventHandler(pool));
        gets.put("/api/quotes", new QuotesHandler(pool));
        gets.put("/api/stances", new StancesHandler(pool));
        gets.put("/api/stances/matrix", new StanceMatrixHandler(pool));
        gets.put("/api/actors", new ActorsHandler(pool));
        gets.put("/api/documents/{id}", new DocumentHandler(pool));
        gets.put("/api/timeline", new TimelineHandler(pool));
        gets.put("/api/network", new NetworkHandler(pool));
        gets.put("/api/changes", new ChangesHandler(pool));
        gets.put("/api/stats", new StatsHandler(pool));
        gets.put("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        Map<String, Handler> posts = new LinkedHashMap<>();
        posts.put("/api/analyze", writes == null ? ctx -> { } : new AnalyzeHandler(writes, bodies));
        posts.put("/api/ingest", writes == null ? ctx -> { } : new IngestHandler(writes, bodies));
        gets.forEach((path, handler) -> config.routes.get(path, cache.around(handler)));
        config.routes.get("/api/docs", ctx -> ctx.redirect("/swagger.html"));
        posts.forEach((path, handler) -> {
            config.routes.before(path, ctx -> guardWrite(ctx, tokens, bodies));
            config.routes.post(path, handler);
        });
        List<String> paths = new ArrayList<>(gets.keySet());
        paths.addAll(posts.keySet());
        return List.copyOf(paths);
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

    /** The API paths served (documented in the OpenAPI description). */
    public List<String> paths() {
        return paths;
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
