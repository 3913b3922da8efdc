package org.parley.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parley.model.Analysis;
import org.parley.model.Document;

/**
 * {@code POST /api/ingest}: a JSONL body, one {@code {"id", "text", "date"?, "title"?, "url"?}} per
 * line, analyzed and stored as {@code parley ingest} does. A bad line is reported with its number
 * and the rest goes on; the answer counts what was stored, already there, and failed.
 */
final class IngestHandler implements Handler {

    private final Writes writes;
    private final Bodies bodies;

    IngestHandler(Writes writes, Bodies bodies) {
        this.writes = writes;
        this.bodies = bodies;
    }

    @Override
    public void handle(Context ctx) {
        Params.of(ctx);
        String[] lines = bodies.text(ctx).split("\r?\n");
        List<Analysis> analyses = new ArrayList<>();
        List<Map<String, Object>> failed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode record = Json.MAPPER.readTree(lines[i]);
                if (record == null || !record.isObject()) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                Document d = writes.records().apply(record);
                analyses.add(writes.analyze(d));
            } catch (Exception e) {
                failed.add(Map.of("line", i + 1, "error", String.valueOf(e.getMessage())));
            }
        }
        int stored = analyses.isEmpty() ? 0 : writes.store(analyses);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stored", stored);
        out.put("alreadyStored", analyses.size() - stored);
        out.put("failed", failed);
        if (!failed.isEmpty() && analyses.isEmpty()) {
            ctx.status(422);
        }
        Lists.json(ctx, out);
    }
}
