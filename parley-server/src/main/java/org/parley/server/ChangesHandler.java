package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.ChangeReads;

/**
 * {@code GET /api/changes[?asOf=YYYY-MM-DD]}: dyads and actors that moved most in the last week
 * against the four weeks before, and stance flips.
 */
final class ChangesHandler implements Handler {

    private final ChangeReads changes;

    ChangesHandler(ChangeReads changes) {
        this.changes = changes;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx, "asOf");
        Lists.json(ctx, changes.changes(p.filters(), p.date("asOf"), Math.min(p.limit(), 100)));
    }
}
