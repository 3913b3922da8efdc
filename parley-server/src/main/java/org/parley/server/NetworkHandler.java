package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.NetworkReads;
import org.parley.store.read.NetworkReads.Edge;

/** {@code GET /api/network}: dyads (source to target) with event counts and mean Goldstein, busiest first. */
final class NetworkHandler implements Handler {

    private static final List<Lists.Column<Edge>> CSV = List.of(new Lists.Column<>("source", Edge::source),
            new Lists.Column<>("target", Edge::target), new Lists.Column<>("events", Edge::events),
            new Lists.Column<>("mean_goldstein", Edge::meanGoldstein));

    private final NetworkReads network;

    NetworkHandler(NetworkReads network) {
        this.network = network;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        Lists.send(ctx, network.page(p.filters(), p.limit(), p.cursor()), CSV);
    }
}
