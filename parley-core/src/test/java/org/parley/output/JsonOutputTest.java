package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Failure;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.testing.SpanChecks;

/**
 * The output's shape on an analysis built by hand: each sentence's text once, each actor once
 * with an id that facts refer to, one code per mention (an agent an event placed carries the
 * placed code everywhere, with how it was placed), compact and full evidence, notes apart
 * from failures, and {@code negated} never on a code that states the negation.
 */
class JsonOutputTest {

    private static final String TEXT = "Foreign troops shelled the town. Foreign troops later shelled it again.";
    private static final Document DOC = new Document("d1", TEXT, LocalDate.of(2025, 3, 11), null, null);
    private static final Actor UNPLACED = new Actor("---MIL", null, "MIL", ActorKind.GROUP, "military", null, null);
    private static final Actor PLACED = new Actor("RUSMIL", "RUS", "MIL", ActorKind.STATE, "Russia military", null, null);
    private static final EventType SHELL = new EventType("195", "Employ aerial weapons", "19", -10, 4, "ASSAULT", "aerial",
            "military");
    private static final EventType REFUSE = new EventType("1246", "Refuse to de-escalate military engagement", "12", -4, 3,
            "REJECT", "yield", "military");

    private static Sentence sentence(int index) {
        Span span = index == 0 ? new Span(0, 32) : new Span(33, TEXT.length());
        return new Sentence(index, span, span.of(TEXT), List.of());
    }

    private static Mention troops(int sentence, Actor actor, String how) {
        Span span = sentence == 0 ? new Span(0, 14) : new Span(33, 47);
        return new Mention(span, span.of(TEXT), actor, sentence, 1, how);
    }

    private static Event event(int sentence, Mention source, EventType type, boolean negated, String rule) {
        Sentence s = sentence(sentence);
        Span trigger = sentence == 0 ? new Span(15, 22) : new Span(54, 61);
        Evidence ev = new Evidence("d1", sentence, s.text(), s.span(), s.span(), trigger, trigger.of(TEXT), rule);
        return new Event(List.of(source), List.of(), type, DOC.published(), null, negated, ev);
    }

    private static Analysis analysis() {
        ParsedDocument parsed = new ParsedDocument(DOC, List.of(sentence(0), sentence(1)));
        List<Mention> mentions = List.of(troops(0, UNPLACED, "agent-only"), troops(1, UNPLACED, "agent-only"));
        List<Event> events = new ArrayList<>();
        // The first event placed the troops of its sentence; a second fact on the same words did not.
        events.add(event(0, troops(0, PLACED, "agent-only+placed"), SHELL, false, "195.shell"));
        events.add(event(0, troops(0, UNPLACED, "agent-only"), REFUSE, true, "shell.again:negated"));
        events.add(event(1, troops(1, UNPLACED, "agent-only"), SHELL, false, "195.shell"));
        return new Analysis(parsed, mentions, events, List.of(), List.of(),
                List.of(Failure.note("stances", -1, "1 stance dropped"), new Failure("coding", 1, "boom")));
    }

    @Test
    void eachSentenceIsWrittenOnceAndFactsReferToIt() {
        ObjectNode json = JsonOutput.document(analysis());
        assertEquals(JsonOutput.SCHEMA_VERSION, json.get("schemaVersion").asInt());
        assertEquals(2, json.get("sentences").size());
        assertEquals("Foreign troops shelled the town.", json.get("sentences").get(0).get("text").asText());
        JsonNode evidence = json.get("events").get(0).get("evidence");
        assertEquals(0, evidence.get("sentence").asInt());
        assertFalse(evidence.has("text"), "compact evidence repeats no sentence: " + evidence);
        int count = json.toString().split("Foreign troops shelled the town\\.", -1).length - 1;
        assertEquals(1, count, "the sentence's text once in " + json);
    }

    @Test
    void fullEvidenceRepeatsTheSentenceAndTheWholeActor() {
        ObjectNode json = JsonOutput.document(analysis(), JsonOutput.Detail.FULL);
        JsonNode evidence = json.get("events").get(0).get("evidence");
        assertEquals("Foreign troops shelled the town.", evidence.get("text").asText());
        assertEquals(0, evidence.get("sentenceSpan").get("begin").asInt());
        assertEquals("Russia military", json.get("events").get(0).get("source").get(0).get("name").asText());
    }

    @Test
    void aPlacedMentionHasOneCodeEverywhereAndSaysHowItWasPlaced() {
        ObjectNode json = JsonOutput.document(analysis());
        JsonNode actors = json.get("actors");
        assertEquals(2, actors.size(), actors.toString());
        JsonNode placed = actors.get(0);
        assertEquals("RUSMIL", placed.get("code").asText());
        assertEquals("a1", placed.get("id").asText());
        JsonNode how = placed.get("mentions").get(0).get("placed");
        assertEquals("---MIL", how.get("from").asText());
        assertEquals("agent-only+placed", how.get("how").asText());
        assertEquals("event 0 (195.shell)", how.get("by").asText());
        // Both events on those words write the placed actor, by id and code.
        for (int i = 0; i < 2; i++) {
            JsonNode side = json.get("events").get(i).get("source").get(0);
            assertEquals("a1", side.get("actor").asText());
            assertEquals("RUSMIL", side.get("code").asText());
            assertEquals("RUS", side.get("country").asText());
            assertEquals("state", side.get("kind").asText());
        }
        // The troops of the other sentence were placed by no event: they stay unplaced, as their own mention.
        JsonNode other = actors.get(1);
        assertEquals("---MIL", other.get("code").asText());
        assertFalse(other.get("mentions").get(0).has("placed"));
        assertEquals(other.get("id").asText(), json.get("events").get(2).get("source").get(0).get("actor").asText());
    }

    @Test
    void everyEventSideAgreesWithItsActor() {
        ObjectNode json = JsonOutput.document(analysis());
        for (JsonNode e : json.get("events")) {
            for (JsonNode side : e.get("source")) {
                JsonNode actor = null;
                for (JsonNode a : json.get("actors")) {
                    actor = a.get("id").equals(side.get("actor")) ? a : actor;
                }
                assertEquals(actor.get("code"), side.get("code"), side.toString());
                assertEquals(actor.get("country"), side.get("country"), side.toString());
            }
        }
        SpanChecks.assertSpansValid(TEXT, analysis(), json);
    }

    @Test
    void negatedIsNeverSetOnACodeThatStatesTheNegation() {
        ObjectNode json = JsonOutput.document(analysis());
        assertEquals("1246", json.get("events").get(1).get("cameo").asText());
        assertFalse(json.get("events").get(1).get("negated").asBoolean());
        assertTrue(REFUSE.statesNegation());
        assertFalse(SHELL.statesNegation());
        // A code that does not state it keeps the flag.
        assertTrue(event(0, troops(0, UNPLACED, "agent-only"), SHELL, true, "x").negated());
    }

    @Test
    void notesAreListedWithFailuresAndToldApart() {
        JsonNode failures = JsonOutput.document(analysis()).get("failures");
        assertEquals("note", failures.get(0).get("kind").asText());
        assertEquals("failure", failures.get(1).get("kind").asText());
    }
}
