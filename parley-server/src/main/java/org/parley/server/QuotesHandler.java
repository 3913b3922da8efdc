package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.EventQuery;
import org.parley.store.QuoteQueries;
import org.parley.store.QuoteRow;
import org.parley.store.ReadPool;

/**
 * {@code GET /api/quotes}: who said what, by document and position, as {@code parley quotes}
 * reads them (actor = the speaker, text = words of the quote, from/to = the document's date).
 */
final class QuotesHandler implements Handler {

    private static final List<Lists.Column<QuoteRow>> CSV = List.of(new Lists.Column<>("doc_id", QuoteRow::docHash),
            new Lists.Column<>("date", QuoteRow::published), new Lists.Column<>("begin", QuoteRow::contentBegin),
            new Lists.Column<>("end", QuoteRow::contentEnd), new Lists.Column<>("speaker", QuoteRow::speakerCode),
            new Lists.Column<>("speaker_name", QuoteRow::speakerName), new Lists.Column<>("speaker_text", QuoteRow::speakerText),
            new Lists.Column<>("cue", QuoteRow::cue), new Lists.Column<>("direct", QuoteRow::direct),
            new Lists.Column<>("content", QuoteRow::content));

    private final ReadPool pool;

    QuotesHandler(ReadPool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        EventQuery f = p.filters();
        org.parley.store.Where filter = QuoteQueries.filter(f.actor(), f.text()).atLeast("published", f.from())
                .atMost("published", f.to());
        Lists.page(ctx, p, QuoteQueries.ORDER.size(), page -> pool.read(db -> new QuoteQueries(db).find(filter, page)),
                QuoteQueries::cursor, CSV);
    }
}
