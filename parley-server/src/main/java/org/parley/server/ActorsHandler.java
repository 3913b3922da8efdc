package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.ActorActivityQueries;
import org.parley.store.ActorActivityQueries.ActorItem;
import org.parley.store.EventQueries;
import org.parley.store.EventQuery;
import org.parley.store.ReadPool;

/**
 * {@code GET /api/actors}: actors by event count, with first and last seen. {@code actor} picks
 * the actors listed; the other filters pick the events that count.
 */
final class ActorsHandler implements Handler {

    private static final List<Lists.Column<ActorItem>> CSV = List.of(new Lists.Column<>("code", ActorItem::code),
            new Lists.Column<>("country", ActorItem::country), new Lists.Column<>("events", ActorItem::events),
            new Lists.Column<>("first_seen", ActorItem::firstSeen), new Lists.Column<>("last_seen", ActorItem::lastSeen));

    private final ReadPool pool;

    ActorsHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        EventQuery f = p.filters();
        org.parley.store.Where events = EventQueries.onEvents(new EventQuery(null, f.source(), f.target(), f.cameo(),
                f.plover(), f.from(), f.to(), f.location(), f.text(), 1));
        Lists.page(ctx, p, ActorActivityQueries.ORDER.size(),
                page -> pool.read(db -> new ActorActivityQueries(db).find(events, f.actor(), page)),
                ActorActivityQueries::cursor, CSV);
    }
}
