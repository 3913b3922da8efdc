package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    /** The columns of {@code stances --format csv}; JSON has every field of the row; the table is a matrix. */
    static final QueryPrinter<StanceRow> PRINTER = new QueryPrinter<StanceRow>("stance")
            .column("date", 10, StanceRow::date)
            .column("holder", 10, StanceRow::holderCode)
            .column("holder_country", 5, StanceRow::holderCountry)
            .column("holder_name", 20, StanceRow::holderName)
            .column("issue", 24, StanceRow::issueKey)
            .column("polarity", 11, StanceRow::polarity)
            .column("strength", 8, StanceRow::strength)
            .column("text", 0, StanceRow::issueText);

    @Override
    public Integer call() throws Exception {
        int limit = output.limit();
        try (EventStore db = store.openExisting()) {
            List<StanceRow> rows = db.stances(actor, issue, from, to, limit);
            if (output.format == QueryOutput.Format.table) {
                if (byMonth) {
                    printByMonth(rows);
                } else {
                    printLatest(rows);
                }
            } else {
                PRINTER.print(output.format, rows, StdOut.writer());
            }
            return Main.OK;
        }
    }

    private static String holder(StanceRow r) {
        return r.holderCountry() != null ? r.holderCountry() : r.holderCode();
    }

    /** Actor × issue: the latest polarity in each cell, with the number of statements behind the cell. */
    private static void printLatest(List<StanceRow> rows) {
        printMatrix(rows, String.format("%-10s", "actor"), r -> String.format("%-10s", holder(r)), StanceRow::issueKey, 22);
    }

    /** (actor, issue) × month: the month's latest polarity and its number of statements. */
    private static void printByMonth(List<StanceRow> rows) {
        printMatrix(rows, String.format("%-10s %-24s", "actor", "issue"),
                r -> String.format("%-10s %-24s", holder(r), r.issueKey()),
                r -> r.date() == null ? "undated" : r.date().toString().substring(0, 7), 16);
    }

    /**
     * A table of stances: one line per row label, one column per column key (cut to
     * {@code width}), each cell the latest polarity there with how many stances fall in it.
     */
    private static void printMatrix(List<StanceRow> rows, String corner, Function<StanceRow, String> rowLabel,
                                    Function<StanceRow, String> columnKey, int width) {
        // Rows are in date order: the last stance seen for a cell is the latest.
        Map<String, Map<String, String>> latest = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        TreeSet<String> columns = new TreeSet<>();
        for (StanceRow r : rows) {
            String row = rowLabel.apply(r);
            String column = columnKey.apply(r);
            latest.computeIfAbsent(row, k -> new TreeMap<>()).put(column, r.polarity());
            counts.merge(row + "|" + column, 1, Integer::sum);
            columns.add(column);
        }
        String cell = " %-" + width + "s";
        StringBuilder header = new StringBuilder(corner);
        for (String c : columns) {
            header.append(String.format(cell, c.length() > width ? c.substring(0, width) : c));
        }
        System.out.println(header);
        for (Map.Entry<String, Map<String, String>> e : latest.entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey());
            for (String c : columns) {
                String p = e.getValue().get(c);
                line.append(String.format(cell, p == null ? "." : p + " (" + counts.get(e.getKey() + "|" + c) + ")"));
            }
            System.out.println(line);
        }
    }
}
