package org.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.store.EventStore;
import org.parley.store.QuoteRow;

/** {@code parley quotes}: who said what, from the store. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Query stored quotes by speaker and words.")
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--speaker", description = "Speaker code prefix or country (RUS, RUSGOV).")
    String speaker;

    @Option(names = "--text", description = "Words in the quote.")
    String text;

    @Mixin
    QueryOutput output = new QueryOutput(50);

    /** The columns of {@code quotes}: a table and CSV show these; JSON has every field of the row. */
    static final QueryPrinter<QuoteRow> PRINTER = new QueryPrinter<QuoteRow>("quote")
            .column("speaker", 10, QuoteRow::speakerCode)
            .column("speaker_name", 20, QuoteRow::speakerName)
            .column("speaker_text", 24, QuoteRow::speakerText)
            .column("cue", 8, QuoteRow::cue)
            .column("direct", 6, QuoteRow::direct)
            .column("content", 90, QuoteRow::content)
            .column("document", 0, QuoteRow::docHash);

    @Override
    public Integer call() throws Exception {
        int limit = output.limit();
        try (EventStore db = store.openExisting()) {
            PRINTER.print(output.format, db.quotes(speaker, text, limit), StdOut.writer());
            return Main.OK;
        }
    }
}
