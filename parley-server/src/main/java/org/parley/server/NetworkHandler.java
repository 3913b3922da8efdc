package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventQueries;
import org.parley.store.NetworkQueries;
import org.parley.store.NetworkQueries.Edge;
import org.parley.store.ReadPool;

/** {@code GET /api/network}: dyads (source to target) with event counts and mean Goldstein, busiest first. */
final class NetworkHandler implements Handler {

    private static final List<Lists.Column<Edge>> CSV = List.of(new Lists.Column<>("source", Edge::source),
            new Lists.Column<>("target", Edge::target), new Lists.Column<>("events", Edge::events),
            new Lists.Column<>("mean_goldstein", Edge::meanGoldstein));

    private final ReadPool pool;

    NetworkHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        org.parley.store.Where filter = EventQueries.onEvents(p.filters());
        Lists.page(ctx, p, NetworkQueries.ORDER.size(), page -> pool.read(db -> new NetworkQueries(db).find(filter, page)),
                NetworkQueries::cursor, CSV);
    }
}
