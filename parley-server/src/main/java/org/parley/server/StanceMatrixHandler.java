package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventQuery;
import org.parley.store.ReadPool;
import org.parley.store.StanceStatementQueries;
import org.parley.store.StanceStatementQueries.Cell;

/** {@code GET /api/stances/matrix[?by=month]}: actor x issue cells with counts per polarity and the latest one. */
final class StanceMatrixHandler implements Handler {

    private static final List<Lists.Column<Cell>> CSV = List.of(new Lists.Column<>("holder", Cell::holder),
            new Lists.Column<>("issue", Cell::issue), new Lists.Column<>("month", Cell::month),
            new Lists.Column<>("support", Cell::support), new Lists.Column<>("oppose", Cell::oppose),
            new Lists.Column<>("conditional", Cell::conditional), new Lists.Column<>("undecided", Cell::undecided),
            new Lists.Column<>("latest", Cell::latest), new Lists.Column<>("latest_date", Cell::latestDate));

    private final ReadPool pool;

    StanceMatrixHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx, "by");
        boolean byMonth = p.choice("by", "all", "all", "month").equals("month");
        EventQuery f = p.filters();
        org.parley.store.Where filter = StanceStatementQueries.filter(f.actor(), p.issue(), f.from(), f.to(), f.text());
        Lists.send(ctx, pool.read(db -> new StanceStatementQueries(db).matrix(filter, byMonth)), null, CSV);
    }
}
