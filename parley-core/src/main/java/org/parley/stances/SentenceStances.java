package org.parley.stances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.actors.DocumentMentions;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * What the readings share while one sentence is read: the document, its mentions, the
 * speakers of its quotes, the events coded on each word, and the stances found so far. A
 * stance a reading takes joins the sentence's stances and the document's history at once, in
 * text order, so "such discussions" later in the same sentence points back to it. Belongs to
 * one document's extraction on one thread.
 */
final class SentenceStances {

    private final ParsedDocument doc;
    private final Sentence sentence;
    private final DocumentMentions mentions;
    private final QuoteHolders quotes;
    private final Map<Integer, List<Event>> eventsOn = new HashMap<>();
    private final List<Stance> history;
    private final List<Stance> found = new ArrayList<>();

    /** {@code history}: the document's stances so far, which this sentence's stances join. */
    SentenceStances(ParsedDocument doc, Sentence sentence, DocumentMentions mentions, QuoteHolders quotes,
                    List<Event> events, List<Stance> history) {
        this.doc = doc;
        this.sentence = sentence;
        this.mentions = mentions;
        this.quotes = quotes;
        this.history = history;
        for (Event e : events) {
            Token trigger = sentence.tokenAt(e.evidence().trigger());
            if (trigger != null) {
                eventsOn.computeIfAbsent(trigger.index(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    ParsedDocument doc() {
        return doc;
    }

    Sentence sentence() {
        return sentence;
    }

    DocumentMentions mentions() {
        return mentions;
    }

    QuoteHolders quotes() {
        return quotes;
    }

    /** The events the coder triggered on this word. */
    List<Event> eventsOn(Token t) {
        return eventsOn.getOrDefault(t.index(), List.of());
    }

    /** The document's stances so far, in text order: what an anaphoric proposition points back to. */
    List<Stance> history() {
        return Collections.unmodifiableList(history);
    }

    /** A stance found: it joins this sentence's stances and the history. */
    void take(Stance st) {
        found.add(st);
        history.add(st);
    }

    /** The stances found in this sentence, in the order taken. */
    List<Stance> found() {
        return Collections.unmodifiableList(found);
    }

    /** The evidence of a stance: its proposition's words and its trigger. */
    Evidence evidence(Token trigger, BitSet words, String rule) {
        Span span = sentence.spanOf(words).union(trigger.span());
        return new Evidence(doc.document().id(), sentence.index(), sentence.text(), sentence.span(), span,
                trigger.span(), trigger.text(), rule);
    }
}
