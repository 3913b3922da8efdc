package org.parley.cli;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.eval.Confusion;
import org.parley.eval.ErrorTag;
import org.parley.eval.EvalError;
import org.parley.eval.EvalReport;
import org.parley.eval.Rate;
import org.parley.eval.TypeRow;
import org.parley.output.JsonOutput;

/**
 * {@code parley eval --json}: {@code {"measure", "gold", "system", "figures", "types",
 * "confusion", "errorCounts", "errors", "problems"}}. {@code figures} has the reference
 * scorer's keys and values.
 */
final class EvalJson {

    private EvalJson() {
    }

    static ObjectNode report(EvalReport r, String gold, String system, List<String> problems) {
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.put("measure", r.measure());
        root.put("gold", gold);
        root.put("system", system);
        root.set("figures", JsonOutput.mapper().valueToTree(r.figures()));
        ArrayNode types = root.putArray("types");
        for (TypeRow t : r.types()) {
            ObjectNode row = types.addObject();
            row.put("type", t.type());
            row.put("gold", t.gold());
            row.put("system", t.system());
            row.put("found", t.found());
            row.put("right", t.right());
            row.put("recall", Rate.round(t.recall()));
            row.put("precision", Rate.round(t.precision()));
        }
        root.set("confusion", confusion(r.confusion()));
        ObjectNode counts = root.putObject("errorCounts");
        for (Map.Entry<ErrorTag, Integer> e : r.errorCounts().entrySet()) {
            counts.put(e.getKey().label(), e.getValue());
        }
        ArrayNode errors = root.putArray("errors");
        for (EvalError e : r.errors()) {
            ObjectNode o = errors.addObject();
            o.put("id", e.id());
            o.put("tag", e.tag().label());
            o.put("expected", e.expected());
            o.put("got", e.got());
            o.put("text", e.text());
        }
        ArrayNode p = root.putArray("problems");
        problems.forEach(p::add);
        return root;
    }

    /** {@code {"none": "-", "rows": [...], "columns": [...], "counts": {gold: {system: n}}}}, zeros left out. */
    private static ObjectNode confusion(Confusion c) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("none", Confusion.NONE);
        ArrayNode rows = o.putArray("rows");
        c.rows().forEach(rows::add);
        ArrayNode cols = o.putArray("columns");
        c.columns().forEach(cols::add);
        ObjectNode counts = o.putObject("counts");
        for (String row : c.rows()) {
            ObjectNode line = counts.putObject(row);
            for (String col : c.columns()) {
                if (c.count(row, col) > 0) {
                    line.put(col, c.count(row, col));
                }
            }
        }
        return o;
    }
}
