package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.model.Span;

class QuotationMarksTest {

    private static List<String> quotes(String text) {
        return QuotationMarks.find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void straightAndCurly() {
        assertEquals(List.of("completely unacceptable."), quotes("He said it would be \"completely unacceptable.\""));
        assertEquals(List.of("We are ready,", "but not at any price."),
                quotes("\u201CWe are ready,\u201D she said. \u201Cbut not at any price.\u201D"));
    }

    @Test
    void interruptedQuote() {
        assertEquals(List.of("This is a start,", "and only a start."),
                quotes("\"This is a start,\" the minister said, \"and only a start.\""));
    }

    @Test
    void multiParagraphQuoteContinuesWhereTheNextParagraphReopens() {
        String text = "\u201CFirst paragraph of the quote.\n\u201CSecond paragraph,\u201D he said.";
        assertEquals(List.of("First paragraph of the quote.", "Second paragraph,"), quotes(text));
    }

    @Test
    void unclosedQuoteStopsAtParagraphEnd() {
        String text = "He said \"this never closes.\nNext paragraph has \"a real quote\" here.";
        assertEquals(List.of("this never closes.", "a real quote"), quotes(text));
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        assertEquals(List.of("A museum alone will not do it,", "It won't."),
                quotes("''A museum alone will not do it,'' he said. ''It won't.''"));
        assertEquals(List.of("rock like Jimi"), quotes("they can ''rock like Jimi'' and it's the people's 'own' song"));
    }

    @Test
    void apostrophesAndInchMarksAreNotQuotes() {
        assertEquals(List.of(), quotes("Russia's 12\" guns"));
        for (Span s : QuotationMarks.find("\"\"")) {
            throw new AssertionError("empty quote found: " + s);
        }
    }
}
