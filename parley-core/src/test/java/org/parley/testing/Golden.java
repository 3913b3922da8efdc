package org.parley.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Golden files: canonical JSON (sorted keys, pretty) under {@code src/test/resources/golden}.
 * A mismatch fails with the differing paths. Golden files change only through the explicit
 * switch {@code -Dparley.golden.update=true}, and the change is then reviewed as a git diff.
 */
public final class Golden {

    public static final String UPDATE = "parley.golden.update";

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Golden() {
    }

    /** Compares {@code actual} with the golden file {@code name} of the calling module. */
    public static void assertMatches(String name, JsonNode actual) {
        Path file = Path.of("src", "test", "resources", "golden", name);
        try {
            String canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(sorted(actual), Object.class)) + "\n";
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, canonical);
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden file " + file + "; create it with -D" + UPDATE + "=true and review it");
            }
            JsonNode expected = CANONICAL.readTree(Files.readString(file));
            List<String> diffs = new ArrayList<>();
            diff("$", expected, CANONICAL.readTree(canonical), diffs);
            if (!diffs.isEmpty()) {
                fail(diffs.size() + " difference(s) from " + file + " (regenerate with -D" + UPDATE
                        + "=true and review the git diff):\n  " + String.join("\n  ", diffs.subList(0, Math.min(30, diffs.size()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.put(e.getKey(), sorted(e.getValue()));
            }
            ObjectNode out = CANONICAL.createObjectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = CANONICAL.createArrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!b.has(n)) {
                    out.add(path + "." + n + ": missing");
                } else {
                    diff(path + "." + n, a.get(n), b.get(n), out);
                }
            }
            Iterator<String> extra = b.fieldNames();
            while (extra.hasNext()) {
                String n = extra.next();
                if (!a.has(n)) {
                    out.add(path + "." + n + ": new " + abbreviate(b.get(n)));
                }
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                if (i >= a.size()) {
                    out.add(path + "[" + i + "]: new " + abbreviate(b.get(i)));
                } else if (i >= b.size()) {
                    out.add(path + "[" + i + "]: missing " + abbreviate(a.get(i)));
                } else {
                    diff(path + "[" + i + "]", a.get(i), b.get(i), out);
                }
            }
        } else {
            out.add(path + ": " + abbreviate(a) + " -> " + abbreviate(b));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
