package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.EventReads;

/** {@code GET /api/events/{id}}: one event with every report of it (document, sentence, span, trigger, rule). */
final class EventHandler implements Handler {

    private final EventReads events;

    EventHandler(EventReads events) {
        this.events = events;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        Lists.json(ctx, events.byId(id).orElseThrow(() -> ApiException.notFound("no event " + Params.shorten(id))));
    }
}
