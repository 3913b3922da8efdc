package org.parley.server;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.store.read.QuoteReads;
import org.parley.store.read.QuoteReads.QuoteItem;

/** {@code GET /api/quotes}: who said what, most recent document first (actor = the speaker, text = words of the quote). */
final class QuotesHandler implements Handler {

    private static final List<Lists.Column<QuoteItem>> CSV = List.of(new Lists.Column<>("doc_id", QuoteItem::docId),
            new Lists.Column<>("date", QuoteItem::date), new Lists.Column<>("begin", QuoteItem::begin),
            new Lists.Column<>("end", QuoteItem::end), new Lists.Column<>("speaker", QuoteItem::speakerCode),
            new Lists.Column<>("speaker_name", QuoteItem::speakerName), new Lists.Column<>("speaker_text", QuoteItem::speakerText),
            new Lists.Column<>("cue", QuoteItem::cue), new Lists.Column<>("direct", QuoteItem::direct),
            new Lists.Column<>("content", QuoteItem::content));

    private final QuoteReads quotes;

    QuotesHandler(QuoteReads quotes) {
        this.quotes = quotes;
    }

    @Override
    public void handle(Context ctx) {
        Params p = Params.of(ctx);
        Lists.send(ctx, quotes.page(p.filters(), p.limit(), p.cursor()), CSV);
    }
}
