package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.parley.model.Analysis;
import org.parley.testing.Fixtures;

/**
 * The schema document ({@code analysis.schema.json}) describes the output as written: the
 * example article and the test sentences, compact and full, are checked against it with the
 * few JSON Schema keywords it uses (type, const, enum, required, properties,
 * additionalProperties, items, $ref, allOf, oneOf).
 */
class AnalysisSchemaTest {

    private static final JsonNode SCHEMA = load();

    private static JsonNode load() {
        try (InputStream in = JsonOutput.class.getResourceAsStream("analysis.schema.json")) {
            return JsonOutput.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOutputFollowsItsSchema() {
        for (String fixture : List.of("fixtures/jeddah-talks-2025-03-11.conllu", "fixtures/trust-cases.conllu")) {
            Analysis a = Fixtures.pipeline().analyze(Fixtures.conllu(fixture, LocalDate.of(2025, 3, 11)));
            for (JsonOutput.Detail detail : JsonOutput.Detail.values()) {
                List<String> errors = new ArrayList<>();
                check(SCHEMA, JsonOutput.document(a, detail), "$", errors);
                assertEquals(List.of(), errors, fixture + " " + detail);
            }
        }
        assertEquals(JsonOutput.SCHEMA_VERSION, SCHEMA.get("properties").get("schemaVersion").get("const").asInt());
    }

    @Test
    void theCheckerFindsWhatTheSchemaForbids() {
        List<String> errors = new ArrayList<>();
        check(SCHEMA, JsonOutput.mapper().createObjectNode().put("schemaVersion", 1).put("surprise", true), "$", errors);
        assertTrue(errors.stream().anyMatch(e -> e.contains("surprise")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("schemaVersion")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing sentences")), errors.toString());
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String[] path = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = SCHEMA;
            for (String p : path) {
                target = target.get(p);
            }
            return target;
        }
        return schema;
    }

    private static void check(JsonNode schemaNode, JsonNode value, String path, List<String> errors) {
        JsonNode schema = resolve(schemaNode);
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> e = new ArrayList<>();
                check(option, value, path, e);
                matches += e.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf");
            }
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(s -> check(s, value, path, errors));
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!value.has(r.asText())) {
                        errors.add(path + ": missing " + r.asText());
                    }
                }
            }
            JsonNode props = schema.get("properties");
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                if (props != null && props.has(f.getKey())) {
                    check(props.get(f.getKey()), f.getValue(), path + "." + f.getKey(), errors);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(path + ": unexpected field " + f.getKey());
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
