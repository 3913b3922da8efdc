package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.output.JsonOutput;
import org.parley.store.EventStore;
import org.parley.store.StanceRow;

/** {@code parley stances}: the actor × issue matrix, latest position first, from the store. */
@Command(name = "stances", mixinStandardHelpOptions = true,
        description = "Where each actor stands on each issue: an actor x issue table of the latest polarity "
                + "(with how many statements), month by month with --by-month, or every stance with --format json|csv.")
final class StancesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--actor", description = "Holder code prefix or country.")
    String actor;

    @Option(names = "--issue", description = "Issue key prefix (deploy-troops, ceasefire, ...).")
    String issue;

    @Option(names = "--from", converter = Dates.class, description = "First date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", converter = Dates.class, description = "Last date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--by-month", description = "One table row per actor and issue, one column per month: "
            + "how positions moved.")
    boolean byMonth;

    @Mixin
    QueryOutput output = new QueryOutput(10_000);

    @Override
    public Integer call() throws Exception {
        int limit = output.limit();
        try (EventStore db = store.open()) {
            List<StanceRow> rows = db.stances(actor, issue, from, to, limit);
            switch (output.format) {
                case json -> {
                    ArrayNode arr = JsonOutput.mapper().createArrayNode();
                    for (StanceRow r : rows) {
                        ObjectNode o = arr.addObject();
                        o.put("date", r.date() == null ? null : r.date().toString());
                        o.put("holder", r.holderCode());
                        o.put("holderCountry", r.holderCountry());
                        o.put("holderName", r.holderName());
                        o.put("issue", r.issueKey());
                        o.put("polarity", r.polarity());
                        o.put("strength", r.strength());
                        o.put("text", r.issueText());
                    }
                    System.out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                }
                case csv -> {
                    System.out.println("date,holder,holder_country,holder_name,issue,polarity,strength,text");
                    for (StanceRow r : rows) {
                        System.out.println(Csv.row(r.date(), r.holderCode(), r.holderCountry(), r.holderName(),
                                r.issueKey(), r.polarity(), r.strength(), r.issueText()));
                    }
                }
                default -> {
                    if (byMonth) {
                        printByMonth(rows);
                    } else {
                        printLatest(rows);
                    }
                }
            }
            return Main.OK;
        }
    }

    private static String holder(StanceRow r) {
        return r.holderCountry() != null ? r.holderCountry() : r.holderCode();
    }

    /** Actor × issue: the latest polarity in each cell, with the number of statements behind the cell. */
    private static void printLatest(List<StanceRow> rows) {
        // Rows are in date order: the last stance seen for a cell is the latest.
        Map<String, Map<String, String>> matrix = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        TreeSet<String> issues = new TreeSet<>();
        for (StanceRow r : rows) {
            matrix.computeIfAbsent(holder(r), k -> new TreeMap<>()).put(r.issueKey(), r.polarity());
            counts.merge(holder(r) + "|" + r.issueKey(), 1, Integer::sum);
            issues.add(r.issueKey());
        }
        StringBuilder header = new StringBuilder(String.format("%-10s", "actor"));
        for (String i : issues) {
            header.append(String.format(" %-22s", i.length() > 22 ? i.substring(0, 22) : i));
        }
        System.out.println(header);
        for (Map.Entry<String, Map<String, String>> e : matrix.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-10s", e.getKey()));
            for (String i : issues) {
                String p = e.getValue().get(i);
                line.append(String.format(" %-22s", p == null ? "." : p + " (" + counts.get(e.getKey() + "|" + i) + ")"));
            }
            System.out.println(line);
        }
    }

    /** (actor, issue) × month: the month's latest polarity and its number of statements. */
    private static void printByMonth(List<StanceRow> rows) {
        Map<String, Map<String, String>> cells = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        TreeSet<String> months = new TreeSet<>();
        for (StanceRow r : rows) {
            String month = r.date() == null ? "undated" : r.date().toString().substring(0, 7);
            String key = String.format("%-10s %-24s", holder(r), r.issueKey());
            cells.computeIfAbsent(key, k -> new TreeMap<>()).put(month, r.polarity());
            counts.merge(key + "|" + month, 1, Integer::sum);
            months.add(month);
        }
        StringBuilder header = new StringBuilder(String.format("%-10s %-24s", "actor", "issue"));
        for (String m : months) {
            header.append(String.format(" %-16s", m));
        }
        System.out.println(header);
        for (Map.Entry<String, Map<String, String>> e : cells.entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey());
            for (String m : months) {
                String p = e.getValue().get(m);
                line.append(String.format(" %-16s", p == null ? "." : p + " (" + counts.get(e.getKey() + "|" + m) + ")"));
            }
            System.out.println(line);
        }
    }
}
