package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.testing.Fixtures;

/**
 * Agents placed by a place phrase inside a sentence, on stored parses of sentences written for
 * this test ({@code fixtures/placed-agents.conllu}).
 */
class AgentPlacementTest {

    private static final ParsedDocument DOC = Fixtures.conllu("fixtures/placed-agents.conllu", LocalDate.of(2010, 5, 3));

    private static Actor actorOf(String text) {
        List<Mention> found = Fixtures.components().mentionFinder().find(DOC).all().stream()
                .filter(m -> m.text().equals(text)).toList();
        assertEquals(1, found.size(), text + " in " + Fixtures.components().mentionFinder().find(DOC).all());
        return found.get(0).actor();
    }

    @Test
    void aPlaceOnTheCountingNounPlacesTheAgentCounted() {
        // The parser hangs "throughout Brazil" on "Tens", not on "nurses".
        assertEquals("BRAHLH", actorOf("nurses").code());
        assertEquals("KENEDU", actorOf("teachers").code());
    }

    @Test
    void anAgentWithoutAPlaceStaysWithoutACountry() {
        Actor militants = actorOf("Militants");
        assertEquals("---REB", militants.code());
        assertEquals(null, militants.country());
        assertEquals("---EDU", actorOf("students").code());
    }
}
