package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.StanceReads;
import org.parley.store.read.StanceReads.Cell;

/** {@code GET /api/stances/matrix[?by=month]}: actor x issue cells with counts per polarity and the latest one. */
final class StanceMatrixHandler implements Handler {

    private static final List<Lists.Column<Cell>> CSV = List.of(new Lists.Column<>("holder", Cell::holder),
            new Lists.Column<>("issue", Cell::issue), new Lists.Column<>("month", Cell::month),
            new Lists.Column<>("support", Cell::support), new Lists.Column<>("oppose", Cell::oppose),
            new Lists.Column<>("conditional", Cell::conditional), new Lists.Column<>("undecided", Cell::undecided),
            new Lists.Column<>("latest", Cell::latest), new Lists.Column<>("latest_date", Cell::latestDate));

    private final StanceReads stances;

    StanceMatrixHandler(StanceReads stances) {
        this.stances = stances;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx, "by");
        boolean byMonth = p.choice("by", "all", "all", "month").equals("month");
        Lists.send(ctx, stances.matrix(p.filters(), byMonth), null, CSV);
    }
}
