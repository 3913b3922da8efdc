package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.store.EventQuery;
import org.parley.store.EventRow;
import org.parley.store.EventStore;

/** {@code parley events}: query the stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Query stored events, most recent first; a table on a terminal, or --format json|csv.")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--actor", description = "Either side: actor code prefix or country (RUS, RUSGOV, IGOWSTNAT).")
    String actor;

    @Option(names = "--source", description = "Source actor code prefix or country.")
    String source;

    @Option(names = "--target", description = "Target actor code prefix or country.")
    String target;

    @Option(names = "--cameo", description = "CAMEO code prefix (12 = every rejection).")
    String cameo;

    @Option(names = "--type", description = "PLOVER type (REJECT, CONSULT, ...).")
    String type;

    @Option(names = "--from", converter = Dates.class, description = "First date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", converter = Dates.class, description = "Last date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--location", description = "Place name or ISO3 country of the event.")
    String location;

    @Option(names = "--text", description = "Words in the reporting sentence.")
    String text;

    @Mixin
    QueryOutput output = new QueryOutput(50);

    /** The columns of {@code events}: a table and CSV show these; JSON has every field of the row. */
    static final QueryPrinter<EventRow> PRINTER = new QueryPrinter<EventRow>("event")
            .column("date", 10, EventRow::date)
            .column("source", 12, EventRow::sourceCode)
            .column("target", 12, EventRow::targetCode)
            .column("cameo", 5, EventRow::cameo)
            .column("plover", 10, EventRow::plover)
            .column("goldstein", 9, EventRow::goldstein)
            .column("quad", 4, EventRow::quad)
            .column("location", 14, EventRow::location)
            .column("location_country", 16, EventRow::locationCountry)
            .column("mentions", 0, EventRow::mentions);

    @Override
    public Integer call() throws Exception {
        int limit = output.limit();
        try (EventStore db = store.openExisting()) {
            List<EventRow> rows = db.events(new EventQuery(actor, source, target, cameo,
                    type == null ? null : type.toUpperCase(Locale.ROOT), from, to, location, text, limit));
            PRINTER.print(output.format, rows, StdOut.writer());
            return Main.OK;
        }
    }
}
