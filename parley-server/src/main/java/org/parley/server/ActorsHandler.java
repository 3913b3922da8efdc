package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.ActorReads;
import org.parley.store.read.ActorReads.ActorItem;

/** {@code GET /api/actors}: actors by event count, with first and last seen. */
final class ActorsHandler implements Handler {

    private static final List<Lists.Column<ActorItem>> CSV = List.of(new Lists.Column<>("code", ActorItem::code),
            new Lists.Column<>("country", ActorItem::country), new Lists.Column<>("events", ActorItem::events),
            new Lists.Column<>("first_seen", ActorItem::firstSeen), new Lists.Column<>("last_seen", ActorItem::lastSeen));

    private final ActorReads actors;

    ActorsHandler(ActorReads actors) {
        this.actors = actors;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        Lists.send(ctx, actors.page(p.filters(), p.limit(), p.cursor()), CSV);
    }
}
