package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.ChangeQueries;
import org.parley.store.ReadPool;

/**
 * {@code GET /api/changes[?asOf=YYYY-MM-DD]}: dyads and actors that moved most in the last week
 * against the four weeks before, and stance flips.
 */
final class ChangesHandler implements Handler {

    private final ReadPool pool;

    ChangesHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx, "asOf");
        int limit = Math.min(p.limit(), 100);
        Lists.json(ctx, pool.read(db -> new ChangeQueries(db).changes(p.filters(), p.issue(), p.date("asOf"), limit)));
    }
}
