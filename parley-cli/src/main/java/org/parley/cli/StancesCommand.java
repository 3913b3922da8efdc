package org.parley.cli;

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
                + "(with how many statements), or every stance over time with --format json.")
final class StancesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--actor", description = "Holder code prefix or country.")
    String actor;

    @Option(names = "--issue", description = "Issue key prefix (deploy-troops, ceasefire, ...).")
    String issue;

    @Option(names = "--limit", description = "At most this many stances read (default: ${DEFAULT-VALUE}).")
    int limit = 10_000;

    @Option(names = "--format", description = "table or json (default: table).")
    String format = "table";

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || !List.of("table", "json").contains(format)) {
            throw new UsageException("--limit must be at least 1 and --format table or json");
        }
        try (EventStore db = store.open()) {
            List<StanceRow> rows = db.stances(actor, issue, limit);
            if (format.equals("json")) {
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
                return Main.OK;
            }
            // Rows are in date order: the last stance seen for a cell is the latest.
            Map<String, Map<String, String>> matrix = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            TreeSet<String> issues = new TreeSet<>();
            for (StanceRow r : rows) {
                String holder = r.holderCountry() != null ? r.holderCountry() : r.holderCode();
                matrix.computeIfAbsent(holder, k -> new TreeMap<>()).put(r.issueKey(), r.polarity());
                counts.merge(holder + "|" + r.issueKey(), 1, Integer::sum);
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
            return Main.OK;
        }
    }
}
