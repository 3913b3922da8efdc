package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.StatsReads;

/** {@code GET /api/stats}: table sizes and the dates the events span. */
final class StatsHandler implements Handler {

    private final StatsReads stats;

    StatsHandler(StatsReads stats) {
        this.stats = stats;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        Lists.json(ctx, stats.stats());
    }
}
