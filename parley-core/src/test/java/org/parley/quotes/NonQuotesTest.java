package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.testing.Fixtures;

/**
 * Quotation marks that quote no one (definitions, scare quotes, titles) and speakers that are
 * no one (a statement, an office), against quotes that stand beside them, on sentences written
 * for these tests ({@code fixtures/trust-cases.conllu}).
 */
class NonQuotesTest {

    private static final Analysis A = Fixtures.pipeline().analyze(
            Fixtures.conllu("fixtures/trust-cases.conllu", LocalDate.of(2025, 3, 11)));

    private static List<Quote> quotesWith(String words) {
        return A.quotes().stream().filter(q -> q.contentText().contains(words)).toList();
    }

    private static Quote quote(String words) {
        List<Quote> found = quotesWith(words);
        assertEquals(1, found.size(), "one quote with '" + words + "': " + A.quotes());
        return found.get(0);
    }

    @Test
    void aNameInParenthesesDefinesAndQuotesNoOne() {
        // The Kingdom of Norway (“Norway”) signed ...; The United Nations (“the UN”) sent envoys ...
        assertTrue(A.quotes().stream().noneMatch(q -> q.direct() && (q.contentText().equals("Norway")
                || q.contentText().equals("the UN"))), A.quotes().toString());
    }

    @Test
    void aWordInMarksThatNoVerbOfSayingIntroducesIsAScareQuote() {
        // Protesters attacked the “temporary” checkpoints near the border on Sunday.
        assertTrue(A.quotes().stream().noneMatch(q -> q.direct() && q.contentText().equals("temporary")
                && q.content().begin() < A.document().text().indexOf("on Sunday")), A.quotes().toString());
    }

    @Test
    void theSameWordInWhatSomeoneSaidIsTheirWords() {
        // Police said the protesters had attacked “temporary” checkpoints.
        List<Quote> direct = quotesWith("temporary").stream().filter(Quote::direct).toList();
        assertEquals(1, direct.size(), A.quotes().toString());
        assertTrue(direct.get(0).content().begin() > A.document().text().indexOf("Police said"));
        assertEquals("---COP", direct.get(0).speaker().code());
    }

    @Test
    void aWordInMarksThatASpeechVerbIntroducesIsAQuote() {
        // Norway's foreign minister called the proposal “reckless” in a radio interview.
        Quote q = quote("reckless");
        assertTrue(q.direct());
        assertEquals("NORGOV", q.speaker().code());
    }

    @Test
    void titlesAreNoQuotes() {
        // a documentary titled “Roads of Peace”; The film “Northern Lights Over Kyiv” was shown
        assertTrue(quotesWith("Roads of Peace").isEmpty(), A.quotes().toString());
        assertTrue(quotesWith("Northern Lights").isEmpty(), A.quotes().toString());
    }

    @Test
    void aWholeSentenceInMarksIsAQuoteWithItsSpeaker() {
        Quote q = quote("We will not give up our land");
        assertTrue(q.direct());
        assertEquals("Ukrainian president", q.speakerText());
        assertEquals("UKRGOV", q.speaker().code());
    }

    @Test
    void aStatementOrAnOfficeIsNoSpeaker() {
        // “The talks were useful,” the statement said. / A joint statement said ... / The office said ...
        List<String> sources = List.of("the statement", "A joint statement", "The office");
        List<String> quoted = List.of("The talks were useful", "the two countries would expand trade",
                "the minister would travel to Brussels");
        for (int i = 0; i < quoted.size(); i++) {
            Quote q = quote(quoted.get(i));
            assertNull(q.speakerSpan(), quoted.get(i) + ": " + q);
            assertNull(q.speaker(), quoted.get(i) + ": " + q);
            // The words it is attributed to are kept as its source.
            assertEquals(sources.get(i), q.source().of(A.document().text()));
        }
    }

    @Test
    void aRoleNounStillSpeaks() {
        // The United Nations (“the UN”) sent envoys to Mali, a spokesman said.
        Quote q = quote("sent envoys to Mali");
        assertNotNull(q.speakerSpan());
        assertEquals("spokesman", q.speakerText());
    }
}
