package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.model.Analysis;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.output.JsonOutput;
import org.parley.testing.Fixtures;
import org.parley.testing.SpanChecks;

/**
 * A mention's span is its phrase: it stops before a parenthesis, a quotation mark or the comma
 * of an apposition, and leaves out a gerund that acts on a name; the words it is resolved from
 * are not cut. On sentences written for these tests ({@code fixtures/trust-cases.conllu}).
 */
class MentionSpansTest {

    private static final ParsedDocument DOC = Fixtures.conllu("fixtures/trust-cases.conllu", LocalDate.of(2025, 3, 11));

    private static List<String> texts() {
        return Fixtures.components().mentionFinder().find(DOC).all().stream().map(Mention::text).toList();
    }

    private static Mention mention(String text) {
        List<Mention> found = Fixtures.components().mentionFinder().find(DOC).all().stream()
                .filter(m -> m.text().equals(text)).toList();
        assertEquals(1, found.size(), text + " in " + texts());
        return found.get(0);
    }

    @Test
    void aSpanStopsBeforeAParenthesis() {
        // The Kingdom of Norway (“Norway”) signed ...: the state, named once without its short name.
        assertEquals("NOR", mention("Kingdom of Norway").actor().code());
        // The United Nations (“the UN”) sent envoys ...
        assertEquals("IGOUNO", mention("United Nations").actor().code());
    }

    @Test
    void aSpanStopsBeforeTheCommaOfAnApposition() {
        // Sergei Lavrov, Russia's foreign minister, rejected the plan.
        assertEquals("RUSGOV", mention("Sergei Lavrov").actor().code());
        // ... a strike killing Qasem Soleimani, the head of the Quds Force, ...
        assertEquals("Qasem Soleimani", mention("Qasem Soleimani").text());
    }

    @Test
    void noMentionRunsPastItsPhrase() {
        for (String t : texts()) {
            assertTrue(!t.contains("(") && !t.contains("\u201C") && !t.contains(",") && !t.startsWith("killing"),
                    "'" + t + "' runs past its phrase");
        }
    }

    @Test
    void agentsPhrasesKeepTheirWholeName() {
        // "Norway's foreign minister", "Ukrainian president": modifiers before the head stay.
        assertEquals("NORGOV", mention("Norway's foreign minister").actor().code());
        assertEquals("UKRGOV", mention("Ukrainian president").actor().code());
    }

    @Test
    void everySpanOfTheseSentencesReproducesItsText() {
        Analysis a = Fixtures.pipeline().analyze(DOC);
        for (JsonOutput.Detail detail : JsonOutput.Detail.values()) {
            int checked = SpanChecks.assertSpansValid(a.document().text(), a, JsonOutput.document(a, detail));
            assertTrue(checked > 200, "checked only " + checked + " spans");
        }
    }
}
