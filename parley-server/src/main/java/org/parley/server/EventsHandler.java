package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventQueries;
import org.parley.store.EventRow;
import org.parley.store.ReadPool;

/**
 * {@code GET /api/events}: merged events, most recent first, a page at a time; as {@code parley
 * events} reads them (the words filter also narrows the mentions counted).
 */
final class EventsHandler implements Handler {

    static final List<Lists.Column<EventRow>> CSV = List.of(new Lists.Column<>("event_id", EventRow::eventId),
            new Lists.Column<>("date", EventRow::date), new Lists.Column<>("source", EventRow::sourceCode),
            new Lists.Column<>("source_country", EventRow::sourceCountry), new Lists.Column<>("target", EventRow::targetCode),
            new Lists.Column<>("target_country", EventRow::targetCountry), new Lists.Column<>("cameo", EventRow::cameo),
            new Lists.Column<>("plover", EventRow::plover), new Lists.Column<>("goldstein", EventRow::goldstein),
            new Lists.Column<>("quad", EventRow::quad), new Lists.Column<>("location", EventRow::location),
            new Lists.Column<>("location_country", EventRow::locationCountry), new Lists.Column<>("lat", EventRow::lat),
            new Lists.Column<>("lon", EventRow::lon), new Lists.Column<>("mentions", EventRow::mentions),
            new Lists.Column<>("example", EventRow::exampleText));

    private final ReadPool pool;

    EventsHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        org.parley.store.Where filter = EventQueries.filter(p.filters());
        Lists.page(ctx, p, EventQueries.ORDER.size(), page -> pool.read(db -> new EventQueries(db).find(filter, page)),
                EventQueries::cursor, CSV);
    }
}
