package org.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.model.Analysis;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The offset contract, checked on everything a document's analysis outputs: each
 * {@code span} object in the JSON output, read against the original text, reproduces the
 * text it claims (a sibling {@code text}, or the parent's {@code text} for mentions), and
 * every token and sentence span reproduces its own text.
 */
public final class SpanChecks {

    private SpanChecks() {
    }

    public static int assertSpansValid(String text, Analysis a, JsonNode json) {
        int checked = 0;
        for (Sentence s : a.parsed().sentences()) {
            assertEquals(s.text(), s.span().of(text), "sentence " + s.index());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().of(text), "token " + t.index() + " of sentence " + s.index());
                checked++;
            }
        }
        return checked + walk(text, json, "$");
    }

    /** Every object with begin/end and a text sibling must agree with the text; all spans must lie inside it. */
    private static int walk(String text, JsonNode node, String path) {
        int checked = 0;
        if (node == null) {
            return 0;
        }
        if (node.isObject()) {
            if (node.has("begin") && node.has("end")) {
                int b = node.get("begin").asInt();
                int e = node.get("end").asInt();
                assertTrue(0 <= b && b <= e && e <= text.length(), path + ": span [" + b + "," + e + ") outside text");
                if (node.has("text")) {
                    assertEquals(node.get("text").asText(), text.substring(b, e), path + ": span text");
                }
                checked++;
            }
            if (node.has("span") && node.get("span").isObject() && node.has("text")
                    && !node.has("sentenceSpan")) {
                JsonNode sp = node.get("span");
                assertEquals(node.get("text").asText(), text.substring(sp.get("begin").asInt(), sp.get("end").asInt()),
                        path + ".span");
                checked++;
            }
            if (node.has("sentenceSpan") && node.has("text")) {
                JsonNode sp = node.get("sentenceSpan");
                assertEquals(node.get("text").asText(), text.substring(sp.get("begin").asInt(), sp.get("end").asInt()),
                        path + ".sentenceSpan");
                checked++;
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                checked += walk(text, e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checked += walk(text, node.get(i), path + "[" + i + "]");
            }
        }
        return checked;
    }

    public static void assertNoFailures(Analysis a) {
        if (a.failures().stream().anyMatch(f -> !f.note())) {
            fail("stage failures: " + a.failures());
        }
    }
}
