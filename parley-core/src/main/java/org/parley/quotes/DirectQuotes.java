package org.parley.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.parley.actors.DocumentMentions;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Attributes a span between quotation marks to its speaker, trying in order: a dash
 * attribution after it ('"..." ― Jane Doe'), a speech verb in the sentences it touches (the
 * one that governs the quote first, then the nearest: '"...," he said', 'Graham said: "..."'),
 * "according to X", the subject of the clause a partial quote sits in, and the speaker of the
 * quote just before it when a quote paragraph continues.
 */
final class DirectQuotes {

    /** Sentences at most this long after a quote may hold its cue ('"How many times?" Clinton said.'). */
    private static final int MAX_CUE_SENTENCE = 12;

    private final SpeechCues speechCues;
    private final ParsedDocument doc;
    private final String text;
    private final DocumentMentions mentions;
    private final SpeakerFinder speakers;

    DirectQuotes(SpeechCues cues, ParsedDocument doc, DocumentMentions mentions, SpeakerFinder speakers) {
        this.speechCues = cues;
        this.doc = doc;
        this.text = doc.document().text();
        this.mentions = mentions;
        this.speakers = speakers;
    }

    Quote attribute(Span q, List<Quote> earlier) {
        if (q.length() == 0) {
            return null;
        }
        Sentence first = Sentences.at(doc, q.begin());
        Sentence last = Sentences.at(doc, Math.max(q.begin(), q.end() - 1));
        if (first == null || last == null) {
            return null;
        }
        Quote dashed = dashAttribution(q, last);
        if (dashed != null) {
            return dashed;
        }
        for (Token t : cues(q, first, last)) {
            Sentence s = Sentences.at(doc, t.span().begin());
            Speaker speaker = speakers.speakerOf(s, t);
            boolean governs = governsSpan(s, t, q);
            if ((speaker == null || speaker.actor() == null) && governs) {
                Speaker root = speakers.rootSubject(s);
                speaker = root != null && !speakers.insideQuote(root.span()) ? root : speaker;
            }
            if (speaker != null || governs) {
                return Quotes.of(q, text, speaker, t.text(), t.span(), true, Quotes.evidence(doc, s, q, t, "quote.direct.verb"));
            }
        }
        for (Token t : first.tokens()) {
            if (t.lemma().equals("accord") && !q.contains(t.span())) {
                Speaker speaker = speakers.accordingTo(first, t);
                if (speaker != null) {
                    return Quotes.of(q, text, speaker, "according to", t.span(), true,
                            Quotes.evidence(doc, first, q, t, "quote.direct.according-to"));
                }
            }
        }
        // A partial quote inside a clause ("criticized the media for being 'dishonest'"): the clause's subject.
        boolean partial = q.begin() - first.span().begin() > 3;
        if (partial) {
            Speaker root = speakers.rootSubject(first);
            if (root != null) {
                return Quotes.of(q, text, root, null, null, true, Quotes.evidence(doc, first, q, null, "quote.direct.clause-subject"));
            }
        }
        // A quote paragraph continuing the previous speaker's words.
        if (!partial && !earlier.isEmpty()) {
            Quote prev = earlier.get(earlier.size() - 1);
            Sentence prevSentence = Sentences.at(doc, prev.content().begin());
            if (prev.speakerSpan() != null && prevSentence != null && first.index() - prevSentence.index() <= 2) {
                return new Quote(q, q.of(text), prev.speakerSpan(), prev.speakerText(), prev.speaker(), prev.cue(),
                        prev.cueSpan(), true, Quotes.evidence(doc, first, q, null, "quote.direct.continued"));
            }
        }
        return new Quote(q, q.of(text), null, null, null, null, null, true,
                Quotes.evidence(doc, first, q, null, "quote.direct.unattributed"));
    }

    /**
     * Speech verbs outside every quote in the sentences the quote touches, the sentence after
     * it when short, and the one before it when that ends in a colon; those that govern the
     * quote first, then by distance.
     */
    private List<Token> cues(Span q, Sentence first, Sentence last) {
        List<Sentence> around = new ArrayList<>(first == last ? List.of(first) : List.of(first, last));
        if (last.index() + 1 < doc.sentences().size()) {
            Sentence next = doc.sentences().get(last.index() + 1);
            if (next.span().begin() - q.end() <= 3 && next.size() <= MAX_CUE_SENTENCE) {
                around.add(next);
            }
        }
        if (first.index() > 0) {
            Sentence previous = doc.sentences().get(first.index() - 1);
            String between = text.substring(Math.min(previous.span().end(), q.begin()), q.begin());
            if (previous.text().endsWith(":") || between.contains(":")) {
                around.add(previous);
            }
        }
        List<Token> cues = new ArrayList<>();
        for (Sentence s : around) {
            for (Token t : s.tokens()) {
                if (t.isVerb() && !speakers.insideQuote(t.span()) && (speechCues.cuesQuote(t.lemma())
                        || speechCues.reportsWithClause(t.lemma()) && governsSpan(s, t, q))) {
                    cues.add(t);
                }
            }
        }
        cues.sort(Comparator.comparingInt((Token t) -> governsSpan(Sentences.at(doc, t.span().begin()), t, q) ? 0 : 1)
                .thenComparingInt(t -> distance(q, t.span())));
        return cues;
    }

    /**
     * '"..." ― Jane Doe': a dash right after the closing mark and a capitalized name before the
     * line ends, as in collected reactions and epigraphs.
     */
    private Quote dashAttribution(Span q, Sentence last) {
        int i = q.end();
        while (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\u201D' || text.charAt(i) == ','
                || text.charAt(i) == ' ')) {
            i++;
        }
        if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int dash = i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ',' && text.charAt(end) != '\u201C'
                && text.charAt(end) != '"') {
            end++;
        }
        while (end > i && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        if (end <= i || !Character.isUpperCase(text.charAt(i)) || end - i > 60) {
            return null;
        }
        Span name = new Span(i, end);
        Sentence s = Sentences.at(doc, name.begin());
        Speaker speaker = new Speaker(name, name.of(text), null);
        for (Mention m : mentions.all()) {
            if (name.contains(m.span())) {
                speaker = new Speaker(name, name.of(text), m.actor());
                break;
            }
        }
        return Quotes.of(q, text, speaker, text.substring(dash, dash + 1), new Span(dash, dash + 1), true,
                Quotes.evidence(doc, s == null ? last : s, q, null, "quote.direct.dash-attribution"));
    }

    private static int distance(Span q, Span t) {
        return t.begin() >= q.end() ? t.begin() - q.end() : Math.max(0, q.begin() - t.end());
    }

    static boolean governsSpan(Sentence s, Token verb, Span q) {
        BitSet sub = s.subtree(verb.index());
        for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
            if (q.contains(s.token(i).span())) {
                return true;
            }
        }
        return false;
    }
}
