package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.ReadPool;
import org.parley.store.StatsQueries;

/** {@code GET /api/stats}: table sizes and the dates the events span. */
final class StatsHandler implements Handler {

    private final ReadPool pool;

    StatsHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        Lists.json(ctx, pool.read(db -> new StatsQueries(db).stats()));
    }
}
