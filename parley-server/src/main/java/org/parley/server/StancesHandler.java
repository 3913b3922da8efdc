package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventQuery;
import org.parley.store.ReadPool;
import org.parley.store.StanceStatementQueries;
import org.parley.store.StanceStatementQueries.StanceItem;

/** {@code GET /api/stances}: stances with their statements, most recent first (actor = the holder, issue = key prefix). */
final class StancesHandler implements Handler {

    private static final List<Lists.Column<StanceItem>> CSV = List.of(new Lists.Column<>("doc_id", StanceItem::docId),
            new Lists.Column<>("date", StanceItem::date), new Lists.Column<>("holder", StanceItem::holderCode),
            new Lists.Column<>("holder_name", StanceItem::holderName), new Lists.Column<>("issue", StanceItem::issue),
            new Lists.Column<>("issue_text", StanceItem::issueText), new Lists.Column<>("polarity", StanceItem::polarity),
            new Lists.Column<>("strength", StanceItem::strength), new Lists.Column<>("statement", StanceItem::statement));

    private final ReadPool pool;

    StancesHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        EventQuery f = p.filters();
        org.parley.store.Where filter = StanceStatementQueries.filter(f.actor(), p.issue(), f.from(), f.to(), f.text());
        Lists.page(ctx, p, StanceStatementQueries.ORDER.size(),
                page -> pool.read(db -> new StanceStatementQueries(db).find(filter, page)), StanceStatementQueries::cursor, CSV);
    }
}
