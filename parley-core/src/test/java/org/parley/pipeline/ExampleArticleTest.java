package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.parley.model.Analysis;
import org.parley.model.ParsedDocument;
import org.parley.output.JsonOutput;
import org.parley.testing.ArticleChecks;
import org.parley.testing.Fixtures;
import org.parley.testing.Golden;
import org.parley.testing.SpanChecks;

/**
 * The example article end to end on its stored parse (no models): the foundation checks,
 * the offset contract on every span, and the golden output.
 */
class ExampleArticleTest {

    private static final String FIXTURE = "fixtures/jeddah-talks-2025-03-11.conllu";

    private static Analysis analyze() {
        ParsedDocument parsed = Fixtures.conllu(FIXTURE, LocalDate.of(2025, 3, 11));
        return Fixtures.pipeline().analyze(parsed);
    }

    @Test
    void meetsTheFoundationChecks() {
        ArticleChecks.exampleArticle(JsonOutput.document(analyze()));
    }

    @Test
    void everySpanReproducesItsText() {
        Analysis a = analyze();
        ObjectNode json = JsonOutput.document(a);
        int checked = SpanChecks.assertSpansValid(a.document().text(), a, json);
        assertTrue(checked > 300, "checked only " + checked + " spans");
    }

    @Test
    void matchesTheGoldenOutput() {
        JsonNode json = JsonOutput.document(analyze());
        Golden.assertMatches("jeddah-talks-2025-03-11.json", json);
    }
}
