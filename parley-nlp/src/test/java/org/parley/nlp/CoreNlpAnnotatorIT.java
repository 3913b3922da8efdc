package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** The CoreNLP adapter with the real models: offsets, lemmas, dependencies, thread safety. */
class CoreNlpAnnotatorIT {

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator();
    }

    @Test
    void convertsTokensWithOffsetsIntoTheOriginalText() {
        String text = "Russia’s foreign minister said on Tuesday that Moscow \"will not accept\" NATO troops.\n"
                + "Both Russia and the U.S. agreed to form teams.";
        ParsedDocument doc = annotator.annotate(Document.of(text, null));
        assertEquals(2, doc.sentences().size());
        Sentence first = doc.sentences().get(0);
        Token accept = first.tokens().stream().filter(t -> t.text().equals("accept")).findFirst().orElseThrow();
        assertEquals("accept", accept.lemma());
        assertTrue(accept.isVerb());
        Token not = first.tokens().stream().filter(t -> t.text().equals("not")).findFirst().orElseThrow();
        assertEquals(accept.index(), not.head(), "negation attaches to its verb");
        Token said = first.tokens().stream().filter(t -> t.text().equals("said")).findFirst().orElseThrow();
        assertEquals(-1, said.head());
        assertEquals("root", said.relation());
        Token teams = doc.sentences().get(1).tokens().stream().filter(t -> t.text().equals("teams")).findFirst().orElseThrow();
        assertEquals("team", teams.lemma());
        assertEquals("NNS", teams.pos());
        assertValidOffsets(text, doc);
    }

    /**
     * Property: on random text with curly quotes, non-BMP characters, CRLF, tabs and odd
     * spacing, every token and sentence span reproduces its text exactly.
     */
    @Test
    void offsetsHoldOnRandomText() {
        Random random = new Random(20250218L);
        String[] pieces = {"Russia", "’s", " ", "  ", "\n", "\r\n", "\t", "“", "”", "\"", "'", "U.S.", "said", ".",
            ",", "😀", "𝔘𝔫𝔦", "Zelensky", "Kyiv-based", "(", ")", "—", "e.g.", "3.5%", "N.A.T.O", "don't", "café",
            "Ελλάδα", "…", "can't", "$1.2bn", "‘", "’", "--", "http://example.org/a?b=c", "#tag", "@user"};
        for (int round = 0; round < 40; round++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            if (text.isBlank()) {
                continue;
            }
            assertValidOffsets(text, annotator.annotate(Document.of(text, null)));
        }
    }

    @Test
    void safeToShareAcrossThreads() throws Exception {
        String text = "The Kremlin rejected the proposal. Ukraine welcomed the talks in Riyadh.";
        ParsedDocument expected = annotator.annotate(Document.of(text, null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ParsedDocument>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> annotator.annotate(Document.of(text, null))));
            }
            for (Future<ParsedDocument> f : futures) {
                ParsedDocument got = f.get();
                assertEquals(expected.sentences().size(), got.sentences().size());
                for (int s = 0; s < got.sentences().size(); s++) {
                    assertEquals(expected.sentences().get(s).tokens(), got.sentences().get(s).tokens());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertValidOffsets(String text, ParsedDocument doc) {
        assertFalse(doc.sentences().isEmpty() && !text.isBlank() && doc.tokenCount() == 0);
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            assertEquals(s.text(), s.span().of(text));
            assertTrue(s.span().begin() >= previousEnd, "sentences in order");
            previousEnd = s.span().end();
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().of(text), "token " + t.index() + " in: " + text);
                assertFalse(t.text().isEmpty());
            }
        }
    }
}
