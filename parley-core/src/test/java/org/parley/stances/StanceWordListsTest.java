package org.parley.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Components;
import org.parley.testing.Fixtures;

/**
 * The stance readings read their words from the lists they are handed, not from constants:
 * a fictional lexicon changes what they find, and nothing else does.
 */
class StanceWordListsTest {

    /** "The door to NATO remains open to Ukraine," said Polish Foreign Minister Radoslaw Sikorski. */
    private static final ParsedDocument DOOR = Fixtures.passage("qs-040", LocalDate.of(2025, 1, 30));

    private static List<String> stances(WordLists words) {
        Components c = Fixtures.components();
        DocumentMentions mentions = c.mentionFinder().find(DOOR);
        StanceExtractor extractor = new StanceExtractor(c.resolver(), words);
        return extractor.extract(DOOR, mentions, List.of(), c.quotes().extract(DOOR, mentions)).stream()
                .filter(s -> s.evidence().rule().startsWith("stance.idiom"))
                .map(s -> s.holder().actor().country() + " " + s.issue().key() + " " + s.polarity().label())
                .toList();
    }

    @Test
    void theDoorIdiomTakesItsOpenAndShutWordsFromTheLists() {
        WordLists builtIn = Fixtures.components().words();
        assertEquals(List.of("POL nato-membership/UKR support"), stances(builtIn));
        // A lexicon where an open door is only "ajar": "remains open" is no state of the door.
        assertEquals(List.of(), stances(builtIn.with(Map.of("stances.open-door-states", Set.of("ajar")))));
        // One where "open" means shut: the same words now oppose.
        assertEquals(List.of("POL nato-membership/UKR oppose"), stances(builtIn.with(Map.of(
                "stances.open-door-states", Set.of("ajar"), "stances.shut-door-states", Set.of("open", "closed")))));
    }
}
