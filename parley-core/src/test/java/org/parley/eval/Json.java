package org.parley.eval;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON records for tests, written with single quotes for readability (no apostrophes in texts). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode of(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    static List<JsonNode> lines(String... singleQuoted) {
        List<JsonNode> out = new ArrayList<>();
        for (String s : singleQuoted) {
            out.add(of(s));
        }
        return out;
    }
}
