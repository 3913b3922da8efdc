package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.TimelineReads;
import org.parley.store.read.TimelineReads.Bucket;

/** {@code GET /api/timeline[?by=week]}: events per day or week by quad class, with the mean Goldstein score. */
final class TimelineHandler implements Handler {

    private static final List<Lists.Column<Bucket>> CSV = List.of(new Lists.Column<>("period", Bucket::period),
            new Lists.Column<>("verbal_cooperation", b -> b.quads()[0]),
            new Lists.Column<>("material_cooperation", b -> b.quads()[1]),
            new Lists.Column<>("verbal_conflict", b -> b.quads()[2]),
            new Lists.Column<>("material_conflict", b -> b.quads()[3]),
            new Lists.Column<>("events", Bucket::events), new Lists.Column<>("mean_goldstein", Bucket::meanGoldstein));

    private final TimelineReads timeline;

    TimelineHandler(TimelineReads timeline) {
        this.timeline = timeline;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx, "by");
        boolean weekly = p.choice("by", "day", "day", "week").equals("week");
        Lists.send(ctx, timeline.timeline(p.filters(), weekly), null, CSV);
    }
}
