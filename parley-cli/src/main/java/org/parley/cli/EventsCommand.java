package org.parley.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.output.JsonOutput;
import org.parley.store.EventQuery;
import org.parley.store.EventRow;
import org.parley.store.EventStore;
import org.parley.output.Csv;

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

    @Override
    public Integer call() throws Exception {
        int limit = output.limit();
        try (EventStore db = store.open()) {
            List<EventRow> rows = db.events(new EventQuery(actor, source, target, cameo,
                    type == null ? null : type.toUpperCase(Locale.ROOT), from, to, location, text, limit));
            PrintStream out = System.out;
            switch (output.format) {
                case json -> {
                    ArrayNode arr = JsonOutput.mapper().createArrayNode();
                    for (EventRow r : rows) {
                        com.fasterxml.jackson.databind.node.ObjectNode o = arr.addObject();
                        o.put("eventId", r.eventId());
                        o.put("date", r.date() == null ? null : r.date().toString());
                        o.put("sourceCode", r.sourceCode());
                        o.put("sourceCountry", r.sourceCountry());
                        o.put("targetCode", r.targetCode());
                        o.put("targetCountry", r.targetCountry());
                        o.put("cameo", r.cameo());
                        o.put("plover", r.plover());
                        o.put("goldstein", r.goldstein());
                        o.put("quad", r.quad());
                        o.put("location", r.location());
                        o.put("locationCountry", r.locationCountry());
                        o.put("lat", r.lat());
                        o.put("lon", r.lon());
                        o.put("mentions", r.mentions());
                        o.put("example", r.exampleText());
                    }
                    out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                }
                case csv -> {
                    out.println("date,source,target,cameo,plover,goldstein,quad,location,location_country,mentions");
                    for (EventRow r : rows) {
                        out.println(Csv.row(r.date(), r.sourceCode(), r.targetCode(), r.cameo(), r.plover(), r.goldstein(),
                                r.quad(), r.location(), r.locationCountry(), r.mentions()));
                    }
                }
                default -> {
                    out.printf("%-10s  %-12s %-12s %-5s %-10s %-14s %s%n", "date", "source", "target", "cameo", "plover",
                            "location", "mentions");
                    for (EventRow r : rows) {
                        out.printf("%-10s  %-12s %-12s %-5s %-10s %-14s %d%n", str(r.date()), str(r.sourceCode()),
                                str(r.targetCode()), r.cameo(), str(r.plover()), str(r.location()), r.mentions());
                    }
                    out.println(rows.size() + " event(s)");
                }
            }
            return Main.OK;
        }
    }

    private static String str(Object o) {
        return o == null ? "-" : o.toString();
    }
}
