package org.parley.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.eval.Confusion;
import org.parley.eval.ErrorTag;
import org.parley.eval.EvalError;
import org.parley.eval.EvalReport;
import org.parley.eval.TypeRow;

/** {@code parley eval}'s text output: figures, per-type table, confusion matrix, errors. */
final class EvalText {

    /** Matrix columns show this many characters of a type name. */
    private static final int COLUMN_NAME = 5;
    private static final int TEXT_WIDTH = 160;

    private EvalText() {
    }

    static String report(EvalReport r, String gold, String system, int maxErrors) {
        StringBuilder b = new StringBuilder();
        b.append(r.measure()).append(": ").append(gold).append(" against ").append(system).append("\n\n");
        r.figures().forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-16s %s%n", k, v == null ? "-" : v)));
        b.append('\n');
        types(b, r.types());
        b.append('\n');
        confusion(b, r.confusion());
        b.append('\n');
        errors(b, r, maxErrors);
        return b.toString();
    }

    private static void types(StringBuilder b, List<TypeRow> rows) {
        int width = Math.max(12, rows.stream().mapToInt(t -> name(t.type()).length()).max().orElse(0));
        b.append(String.format(Locale.ROOT, "%-" + width + "s %6s %6s %7s %9s%n", "type", "gold", "system", "recall",
                "precision"));
        for (TypeRow t : rows) {
            b.append(String.format(Locale.ROOT, "%-" + width + "s %6d %6d %7s %9s%n", name(t.type()), t.gold(),
                    t.system(), share(t.recall()), share(t.precision())));
        }
    }

    private static void confusion(StringBuilder b, Confusion c) {
        List<String> rows = c.rows();
        List<String> cols = c.columns();
        if (rows.isEmpty()) {
            b.append("confusion: nothing to compare\n");
            return;
        }
        b.append("confusion (rows: gold, columns: system, ").append(Confusion.NONE).append(": none)\n");
        int width = Math.max(12, rows.stream().mapToInt(t -> name(t).length()).max().orElse(0));
        int cell = COLUMN_NAME;
        for (String col : cols) {
            for (String row : rows) {
                cell = Math.max(cell, Integer.toString(c.count(row, col)).length());
            }
        }
        b.append(" ".repeat(width));
        for (String col : cols) {
            String n = name(col);
            b.append(' ').append(String.format(Locale.ROOT, "%" + cell + "s", n.length() > cell ? n.substring(0, cell) : n));
        }
        b.append('\n');
        for (String row : rows) {
            b.append(String.format(Locale.ROOT, "%-" + width + "s", name(row)));
            for (String col : cols) {
                int n = c.count(row, col);
                b.append(' ').append(String.format(Locale.ROOT, "%" + cell + "s", n == 0 ? "." : Integer.toString(n)));
            }
            b.append('\n');
        }
    }

    /** The errors grouped by tag, at most {@code maxPerTag} of each, in record order within a tag. */
    private static void errors(StringBuilder b, EvalReport r, int maxPerTag) {
        Map<ErrorTag, Integer> counts = r.errorCounts();
        b.append("errors: ").append(r.errors().size());
        if (!counts.isEmpty()) {
            b.append(" (").append(counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(')');
        }
        b.append('\n');
        for (Map.Entry<ErrorTag, Integer> tag : counts.entrySet()) {
            List<EvalError> some = r.errors().stream().filter(e -> e.tag() == tag.getKey()).limit(maxPerTag).toList();
            if (some.isEmpty()) {
                continue;
            }
            b.append('\n').append(tag.getKey().label()).append(" (").append(tag.getValue()).append(")\n");
            for (EvalError e : some) {
                b.append("  ").append(e.id()).append(": gold ").append(e.expected()).append("; system ").append(e.got())
                        .append('\n');
                if (!e.text().isEmpty()) {
                    b.append("      ").append(clip(e.text())).append('\n');
                }
            }
            if (tag.getValue() > some.size()) {
                b.append("  ... ").append(tag.getValue() - some.size()).append(" more (--max-errors N, or --json)\n");
            }
        }
    }

    private static String name(String type) {
        return type.isEmpty() ? "(no type)" : type;
    }

    private static String share(Double x) {
        return x == null ? "-" : String.format(Locale.ROOT, "%.3f", x);
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= TEXT_WIDTH ? one : one.substring(0, TEXT_WIDTH - 3) + "...";
    }
}
