package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.DocumentViewQueries;
import org.parley.store.ReadPool;

/** {@code GET /api/documents/{id}}: the stored text with every fact's span (actors, event triggers, quotes, stances). */
final class DocumentHandler implements Handler {

    private final ReadPool pool;

    DocumentHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        Lists.json(ctx, pool.read(db -> new DocumentViewQueries(db).byId(id)).orElseThrow(() -> ApiException.notFound("no document " + Params.shorten(id))));
    }
}
