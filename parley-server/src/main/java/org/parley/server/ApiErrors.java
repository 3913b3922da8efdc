package org.parley.server;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.parley.store.StoreException;

/**
 * The one place where errors become responses: {@code {"error": name, "detail": one line}} with
 * the right status. Store failures are logged in full and answered without SQL or paths.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void install(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.error(), e.getMessage()));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, "bad_request", e.getMessage()));
        config.routes.exception(JsonProcessingException.class,
                (e, ctx) -> send(ctx, 400, "bad_request", "malformed JSON: " + e.getOriginalMessage()));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> send(ctx, e.getStatus(), name(e.getStatus()), e.getMessage()));
        config.routes.exception(StoreException.class, (e, ctx) -> {
            if (e.getCause() instanceof InterruptedException) {
                // The server is stopping while this request waited for a connection.
                send(ctx, 503, "stopping", "the server is stopping");
                return;
            }
            LOG.error("store error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 503, "store_error", "the store could not answer this request; see the server log");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal_error", "unexpected error; see the server log");
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                send(ctx, 404, "not_found", "no endpoint " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void send(Context ctx, int status, String error, String detail) {
        ctx.status(status).contentType("application/json");
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail == null ? error : detail);
        ctx.result(Json.write(body));
    }

    private static String name(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            default -> "http_" + status;
        };
    }
}
