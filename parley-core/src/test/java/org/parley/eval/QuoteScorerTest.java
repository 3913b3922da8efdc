package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-article split written here (fictional text), scored by hand. */
class QuoteScorerTest {

    private static final String TALKS = "arn_2025-01-02_talks";
    private static final String VISIT = "gon_2025-01-03_visit";
    private static final String TALKS_TEXT = "The Arnor envoy said: \"We will not sign.\" Gondor officials believe the truce holds.";
    private static final String VISIT_TEXT = "Gondor said nothing new today, and a spokesman repeated \u201cno comment\u201d twice.\r\n";

    @TempDir
    Path dir;

    private static String at(String text, String part) {
        int b = text.indexOf(part);
        return b + " " + (b + part.length());
    }

    private static String quote(String text, String content, String speaker, boolean direct) {
        int b = text.indexOf(content);
        String s = speaker == null ? "null" : "{'begin':" + text.indexOf(speaker) + ",'end':"
                + (text.indexOf(speaker) + speaker.length()) + "}";
        return "{'content':{'begin':" + b + ",'end':" + (b + content.length()) + ",'text':'x'},'speakerMention':" + s
                + ",'direct':" + direct + "}";
    }

    private AttributionSplit write() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/" + TALKS + ".txt"), TALKS_TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("text/" + VISIT + ".txt"), VISIT_TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attributions/" + TALKS + "_aaaa.ann"), String.join("\n",
                "T1\tSource " + at(TALKS_TEXT, "The Arnor envoy") + "\tThe Arnor envoy",
                "T2\tCue " + at(TALKS_TEXT, "said") + "\tsaid",
                "T3\tContent " + at(TALKS_TEXT, "\"We will not sign.\"") + "\t\"We will not sign.\"",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource " + at(TALKS_TEXT, "Gondor officials") + "\tGondor officials",
                "T6\tContent " + at(TALKS_TEXT, "the truce holds") + "\tthe truce holds",
                "E2\tAttribution:T7 Content:T6 Source:T5",
                "E3\tAttribution:T8 Cue:T2", ""), StandardCharsets.UTF_8);
        // a second annotator's file: later in name order, so not the gold
        Files.writeString(dir.resolve("attributions/" + TALKS + "_bbbb.ann"),
                "T1\tContent " + at(TALKS_TEXT, "The Arnor") + "\tThe Arnor\nE1\tAttribution:T2 Content:T1\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attributions/" + VISIT + "_aaaa.ann"), String.join("\n",
                "T1\tContent 40 50;10 20\t\u201cnothing\u201d",
                "E1\tAttribution:T9 Content:T1",
                "T2\tSource " + at(VISIT_TEXT, "a spokesman") + "\ta spokesman",
                "T3\tContent " + at(VISIT_TEXT, "\u201cno comment\u201d") + "\t\u201cno comment\u201d",
                "E2\tAttribution:T9 Source:T2 Content:T3",
                "T4\tContent ten twenty\tbroken"), StandardCharsets.UTF_8);
        return AttributionSplit.open(dir);
    }

    private List<JsonNode> system() {
        return Json.lines(
                "{'id':'" + TALKS + "','quotes':[" + quote(TALKS_TEXT, "We will not sign.", "envoy", true) + ","
                        + quote(TALKS_TEXT, "The Arnor", null, false) + ","
                        + quote(TALKS_TEXT, "believe the", "Gondor", false) + "]}",
                "{'id':'" + VISIT + "','quotes':[" + quote(VISIT_TEXT, "\u201cno comment\u201d", "Gondor", true)
                        + ",{'content':null,'direct':true}]}");
    }

    @Test
    void figuresFollowTheReferenceDefinitions() throws IOException {
        AttributionSplit split = write();
        Map<String, Object> f = new QuoteScorer().score(split.gold(), system()).figures();
        assertEquals(2, f.get("docs"));
        assertEquals(4, f.get("gold_all"), "an attribution without content is not counted");
        assertEquals(3, f.get("gold_direct"), "straight and curly quotation marks");
        assertEquals(4, f.get("system_quotes"), "a quote without content is not counted");
        assertEquals(0.5, f.get("precision"));
        assertEquals(0.5, f.get("all_recall"));
        assertEquals(0.6667, f.get("direct_recall"), "the inverted discontinuous span is never found");
        assertEquals(0.5, f.get("speaker_acc"));
    }

    @Test
    void errorsAreMissesWrongSpeakersAndSpuriousQuotes() throws IOException {
        AttributionSplit split = write();
        EvalReport r = new QuoteScorer().score(split.gold(), system());
        assertEquals(List.of("missed", "spurious", "spurious", "missed", "wrong speaker"),
                r.errors().stream().map(e -> e.tag().label()).toList());
        assertEquals(2, r.confusion().count("direct", "direct"));
        assertEquals(1, r.confusion().count("direct", Confusion.NONE), "the inverted span");
        assertEquals(1, r.confusion().count("indirect", Confusion.NONE));
        assertEquals(2, r.confusion().count(Confusion.NONE, "indirect"));
        assertEquals(1, split.problems().size(), split.problems().toString());
        assertTrue(split.problems().get(0).contains(VISIT + "_aaaa.ann:6"), split.problems().get(0));
    }

    @Test
    void articleTextReadsLineEndsAsNewlines() throws IOException {
        AttributionSplit split = write();
        assertEquals(List.of(TALKS, VISIT), split.stems());
        assertTrue(split.text(VISIT).endsWith("twice.\n"));
    }

    @Test
    void overlapNeedsHalfOfTheShorterRange() {
        assertTrue(new TextRange(0, 10).overlapsByHalf(new TextRange(5, 30)));
        assertFalse(new TextRange(0, 10).overlapsByHalf(new TextRange(6, 30)));
        assertFalse(new TextRange(10, 5).overlapsByHalf(new TextRange(0, 20)), "inverted");
        assertFalse(new TextRange(3, 3).overlapsByHalf(new TextRange(0, 20)), "empty");
        assertTrue(new TextRange(0, 5).sharesCharacter(new TextRange(4, 9)));
        assertFalse(new TextRange(0, 5).sharesCharacter(new TextRange(5, 9)));
    }

    @Test
    void aFolderWithoutTheSplitLayoutIsRefusedWithTheFix() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AttributionSplit.open(dir));
        assertTrue(e.getMessage().contains("text/"), e.getMessage());
    }
}
