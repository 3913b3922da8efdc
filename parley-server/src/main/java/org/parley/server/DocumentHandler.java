package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.DocumentReads;

/** {@code GET /api/documents/{id}}: the stored text with every fact's span (actors, event triggers, quotes, stances). */
final class DocumentHandler implements Handler {

    private final DocumentReads documents;

    DocumentHandler(DocumentReads documents) {
        this.documents = documents;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        Lists.json(ctx, documents.byId(id).orElseThrow(() -> ApiException.notFound("no document " + Params.shorten(id))));
    }
}
