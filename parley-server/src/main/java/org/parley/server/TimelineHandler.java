package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventQueries;
import org.parley.store.ReadPool;
import org.parley.store.TimelineQueries;
import org.parley.store.TimelineQueries.Bucket;

/** {@code GET /api/timeline[?by=week]}: events per day or week by quad class, with the mean Goldstein score. */
final class TimelineHandler implements Handler {

    private static final List<Lists.Column<Bucket>> CSV = List.of(new Lists.Column<>("period", Bucket::period),
            new Lists.Column<>("verbal_cooperation", b -> b.quads()[0]),
            new Lists.Column<>("material_cooperation", b -> b.quads()[1]),
            new Lists.Column<>("verbal_conflict", b -> b.quads()[2]),
            new Lists.Column<>("material_conflict", b -> b.quads()[3]),
            new Lists.Column<>("events", Bucket::events), new Lists.Column<>("mean_goldstein", Bucket::meanGoldstein));

    private final ReadPool pool;

    TimelineHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx, "by");
        boolean weekly = p.choice("by", "day", "day", "week").equals("week");
        org.parley.store.Where filter = EventQueries.onEvents(p.filters());
        Lists.send(ctx, pool.read(db -> new TimelineQueries(db).find(filter, weekly)), null, CSV);
    }
}
