package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventReportQueries;
import org.parley.store.ReadPool;

/** {@code GET /api/events/{id}}: one event with every report of it (document, sentence, span, trigger, rule). */
final class EventHandler implements Handler {

    private final ReadPool pool;

    EventHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        Lists.json(ctx, pool.read(db -> new EventReportQueries(db).byId(id)).orElseThrow(() -> ApiException.notFound("no event " + Params.shorten(id))));
    }
}
