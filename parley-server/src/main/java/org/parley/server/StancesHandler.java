package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.StanceReads;
import org.parley.store.read.StanceReads.StanceItem;

/** {@code GET /api/stances}: stances with their statements, most recent first (actor = the holder, issue = key prefix). */
final class StancesHandler implements Handler {

    private static final List<Lists.Column<StanceItem>> CSV = List.of(new Lists.Column<>("doc_id", StanceItem::docId),
            new Lists.Column<>("date", StanceItem::date), new Lists.Column<>("holder", StanceItem::holderCode),
            new Lists.Column<>("holder_name", StanceItem::holderName), new Lists.Column<>("issue", StanceItem::issue),
            new Lists.Column<>("issue_text", StanceItem::issueText), new Lists.Column<>("polarity", StanceItem::polarity),
            new Lists.Column<>("strength", StanceItem::strength), new Lists.Column<>("statement", StanceItem::statement));

    private final StanceReads stances;

    StancesHandler(StanceReads stances) {
        this.stances = stances;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        Lists.send(ctx, stances.page(p.filters(), p.limit(), p.cursor()), CSV);
    }
}
