package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.output.JsonOutput;
import org.parley.store.EventStore;
import org.parley.store.QuoteRow;
import org.parley.output.Csv;

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

    @Override
    public Integer call() throws Exception {
        int limit = output.limit();
        try (EventStore db = store.open()) {
            List<QuoteRow> rows = db.quotes(speaker, text, limit);
            switch (output.format) {
                case json -> {
                    ArrayNode arr = JsonOutput.mapper().createArrayNode();
                    for (QuoteRow r : rows) {
                        ObjectNode o = arr.addObject();
                        o.put("speaker", r.speakerCode());
                        o.put("speakerName", r.speakerName());
                        o.put("speakerText", r.speakerText());
                        o.put("cue", r.cue());
                        o.put("direct", r.direct());
                        o.put("content", r.content());
                        o.put("document", r.docHash());
                    }
                    System.out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                }
                case csv -> {
                    System.out.println("speaker,speaker_name,speaker_text,cue,direct,content,document");
                    for (QuoteRow r : rows) {
                        System.out.println(Csv.row(r.speakerCode(), r.speakerName(), r.speakerText(), r.cue(), r.direct(),
                                r.content(), r.docHash()));
                    }
                }
                default -> {
                    for (QuoteRow r : rows) {
                        String words = r.content().length() > 90 ? r.content().substring(0, 87) + "..." : r.content();
                        System.out.printf("%-10s %-24s %s%s%s%n", r.speakerCode() == null ? "?" : r.speakerCode(),
                                r.speakerText() == null ? "-" : r.speakerText(), r.direct() ? "\u201c" : "", words,
                                r.direct() ? "\u201d" : "");
                    }
                    System.out.println(rows.size() + " quote(s)");
                }
            }
            return Main.OK;
        }
    }
}
