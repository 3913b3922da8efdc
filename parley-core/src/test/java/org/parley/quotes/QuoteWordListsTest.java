package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.ParsedDocument;
import org.parley.testing.Fixtures;

/**
 * Quote extraction reads its cues from the lists it is handed ({@code quotes.speech-verbs}),
 * not from a copy of its own: a fictional lexicon changes which verb attributes a quote.
 */
class QuoteWordListsTest {

    /** "Russia will not accept ... under any flag," said Russian Foreign Minister Sergei Lavrov after talks ... */
    private static final ParsedDocument SAID = Fixtures.passage("qs-001", LocalDate.of(2025, 2, 18));

    private static List<String> quotes(WordLists words) {
        DocumentMentions mentions = Fixtures.components().mentionFinder().find(SAID);
        return new QuoteExtractor(words).extract(SAID, mentions).stream()
                .map(q -> q.cue() + " " + (q.speaker() == null ? null : q.speaker().code()))
                .toList();
    }

    @Test
    void theSpeechVerbsComeFromTheLists() {
        WordLists builtIn = Fixtures.components().words();
        assertEquals(List.of("said RUSGOV"), quotes(builtIn));
        // Without "say" among the speech verbs the quote has no cue and no speaker.
        assertEquals(List.of("null null"), quotes(builtIn.with(Map.of("quotes.speech-verbs", Set.of("state", "tell")))));
    }
}
