package org.parley.server;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.output.JsonOutput;

/**
 * {@code POST /api/analyze[?date=YYYY-MM-DD&store=true&evidence=full]}: the body is the article
 * (plain text), or one JSON record {@code {"id", "text", "date"?, "title"?, "url"?}}; the answer
 * is the analysis, as {@code parley analyze} prints it (compact unless {@code evidence=full}),
 * with {@code "stored": true|false} when asked to store.
 */
final class AnalyzeHandler implements Handler {

    private final Writes writes;
    private final Bodies bodies;

    AnalyzeHandler(Writes writes, Bodies bodies) {
        this.writes = writes;
        this.bodies = bodies;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Params p = Params.of(ctx, "date", "store", "evidence");
        LocalDate date = p.date("date");
        boolean store = p.flag("store");
        JsonOutput.Detail detail = p.choice("evidence", "compact", "compact", "full").equals("full")
                ? JsonOutput.Detail.FULL : JsonOutput.Detail.COMPACT;
        String body = bodies.text(ctx);
        Document d;
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/json")) {
            JsonNode record = Json.MAPPER.readTree(body);
            if (record == null || !record.isObject()) {
                throw ApiException.badRequest("a JSON body must be one object {\"text\", ...}");
            }
            d = writes.records().apply(record);
            if (d.published() == null && date != null) {
                d = new Document(d.id(), d.text(), date, d.title(), d.url());
            }
        } else {
            d = Document.of(body, date);
        }
        Analysis a = writes.analyze(d);
        ObjectNode out = JsonOutput.document(a, detail);
        if (store) {
            out.put("stored", writes.store(List.of(a)) > 0);
        }
        Lists.json(ctx, out);
    }
}
