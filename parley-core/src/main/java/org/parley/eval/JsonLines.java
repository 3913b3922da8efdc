package org.parley.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSONL file of objects (gold data or system output). Blank lines are skipped; a line that is
 * not a JSON object becomes a problem ("FILE:LINE: not JSON (...)") and the rest is read.
 */
public record JsonLines(List<JsonNode> records, List<String> problems) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonLines {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    public static JsonLines read(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = MAPPER.readTree(line);
                    if (node.isObject()) {
                        records.add(node);
                    } else {
                        problems.add(file + ":" + n + ": not a JSON object");
                    }
                } catch (JsonProcessingException e) {
                    problems.add(file + ":" + n + ": not JSON (" + e.getOriginalMessage() + ")");
                }
            }
        }
        return new JsonLines(records, problems);
    }

    /**
     * Records by {@link #key id}; when an id repeats, the last record wins (as the reference
     * scorers do).
     */
    public static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode r : records) {
            out.put(key(r.get("id")), r);
        }
        return out;
    }

    /**
     * An id as a lookup key: a string stands for itself, a number or other value for its JSON
     * text, so that "7" and 7 stay apart; a missing id and a null id are the same key.
     */
    public static String key(JsonNode id) {
        if (id == null || id.isNull() || id.isMissingNode()) {
            return "\u0000null";
        }
        return id.isTextual() ? id.asText() : "\u0000" + id;
    }

    /** Python's truth value of a JSON value: null, false, 0, "", [] and {} are false. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** A value as text: a string as it is, another scalar as its JSON text. */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return v.isTextual() ? v.textValue() : v.isValueNode() ? v.asText() : v.toString();
    }
}
