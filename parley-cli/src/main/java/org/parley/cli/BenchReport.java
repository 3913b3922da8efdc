package org.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.output.JsonOutput;

/**
 * The one report format of Parley's benchmarks ({@code bench}, {@code bench --coder-only},
 * {@code bench-store}, {@code bench-serve}, {@code actors bench}): a first line naming the
 * benchmark and its setting, then one line per measure (name, value, unit, an optional note),
 * aligned; or, with {@code --json}, one object {@code {"benchmark", "setting", "metrics":
 * [{"name", "value", "unit", "note"}]}} on one line.
 */
final class BenchReport {

    /** One measure. */
    record Metric(String name, double value, String unit, String note) {
    }

    private final String benchmark;
    private final String setting;
    private final List<Metric> metrics = new ArrayList<>();

    BenchReport(String benchmark, String setting) {
        this.benchmark = benchmark;
        this.setting = setting;
    }

    BenchReport add(String name, double value, String unit) {
        return add(name, value, unit, null);
    }

    BenchReport add(String name, double value, String unit, String note) {
        metrics.add(new Metric(name, value, unit, note));
        return this;
    }

    List<Metric> metrics() {
        return metrics;
    }

    void print(boolean json, PrintStream out) {
        if (json) {
            ObjectNode o = JsonOutput.mapper().createObjectNode();
            o.put("benchmark", benchmark);
            o.put("setting", setting);
            ArrayNode a = o.putArray("metrics");
            for (Metric m : metrics) {
                ObjectNode n = a.addObject();
                n.put("name", m.name());
                n.put("value", m.value());
                n.put("unit", m.unit());
                n.put("note", m.note());
            }
            out.println(o);
            return;
        }
        out.println(benchmark + ": " + setting);
        int width = metrics.stream().mapToInt(m -> m.name().length()).max().orElse(0);
        for (Metric m : metrics) {
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %12s %s%s", m.name(), number(m.value()),
                    m.unit(), m.note() == null ? "" : "  (" + m.note() + ")"));
        }
    }

    /** A value with as many decimals as its size needs. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 || v == Math.rint(v) ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }
}
