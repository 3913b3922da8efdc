package org.parley.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Recent read answers, kept for a few seconds: a dashboard asks the same questions many times,
 * and 200 clients cannot all wait for a scan of the event table on two cores. An answer is
 * served again only while it is younger than the time to live and no write has gone through
 * this server since (a DuckDB file is written by this process alone while it serves; for
 * PostgreSQL, written by others too, the time to live bounds how stale an answer can be).
 * Requests that miss together wait for the first one's answer instead of all querying the
 * store (no stampede when an answer expires under load). Errors are never kept; at most
 * {@value #ENTRIES} answers of at most 1 MiB each are.
 */
final class ResponseCache {

    static final int ENTRIES = 256;
    private static final int MAX_BODY = 1 << 20;

    private record Entry(String body, String type, String next, long bornNanos, long generation) {
    }

    private final long ttlNanos;
    private final Map<String, Entry> entries = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ENTRIES;
        }
    };
    private final Map<String, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();
    private long generation;

    /** A cache whose answers live {@code seconds}; 0 keeps nothing. */
    ResponseCache(double seconds) {
        this.ttlNanos = (long) (seconds * 1e9);
    }

    /** Forgets every answer: the store has changed. */
    synchronized void invalidate() {
        generation++;
        entries.clear();
    }

    /** {@code handler} answering from this cache when it can. */
    Handler around(Handler handler) {
        if (ttlNanos <= 0) {
            return handler;
        }
        return ctx -> {
            String key = ctx.path() + "?" + ctx.queryString() + "|" + (Lists.wantsCsv(ctx) ? "csv" : "json");
            Entry hit = lookup(key);
            if (hit == null) {
                CompletableFuture<Entry> running = inFlight.get(key);
                hit = running == null ? null : running.join();
            }
            if (hit != null) {
                if (hit.next() != null) {
                    ctx.header("X-Next-Cursor", hit.next());
                }
                ctx.contentType(hit.type()).result(hit.body());
                return;
            }
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            boolean leader = inFlight.putIfAbsent(key, mine) == null;
            long born = System.nanoTime();
            long seen = generation();
            Entry kept = null;
            try {
                handler.handle(ctx);
                kept = keep(key, ctx, born, seen);
            } finally {
                if (leader) {
                    inFlight.remove(key, mine);
                    mine.complete(kept);
                }
            }
        };
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized Entry lookup(String key) {
        Entry e = entries.get(key);
        if (e == null || e.generation() != generation || System.nanoTime() - e.bornNanos() > ttlNanos) {
            return null;
        }
        return e;
    }

    /** Keeps a successful answer (and returns it), or returns null. */
    private Entry keep(String key, Context ctx, long born, long seen) {
        String body = ctx.result();
        if (ctx.statusCode() != 200 || body == null || body.length() > MAX_BODY) {
            return null;
        }
        Entry e = new Entry(body, ctx.res().getContentType(), ctx.res().getHeader("X-Next-Cursor"), born, seen);
        synchronized (this) {
            if (seen != generation) {
                return null;
            }
            entries.put(key, e);
        }
        return e;
    }
}
