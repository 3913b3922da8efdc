package org.parley.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.actors.DocumentMentions;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * What the stages share while one sentence is coded: the document, its mentions, the trace,
 * the sentence's discard word, the words an earlier predicate already coded (a verb's object
 * noun, an intent's complement), and the document's eventive-noun places. Belongs to one
 * sentence's coding on one thread.
 */
final class SentenceContext {

    private final ParsedDocument doc;
    private final Sentence sentence;
    private final DocumentMentions mentions;
    private final Consumer<String> log;
    private final String discard;
    private final Set<Integer> consumed = new HashSet<>();
    private final List<Places.NominalMention> nominals;

    SentenceContext(ParsedDocument doc, Sentence sentence, DocumentMentions mentions, Consumer<String> log,
                    String discard, List<Places.NominalMention> nominals) {
        this.doc = doc;
        this.sentence = sentence;
        this.mentions = mentions;
        this.log = log;
        this.discard = discard;
        this.nominals = nominals;
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

    /** The trace for {@code explain}: a no-op unless one was asked for. */
    void log(String line) {
        log.accept(line);
    }

    /** The word that marks a sporting, business or entertainment sentence, or null. */
    String discard() {
        return discard;
    }

    /** Marks a word as coded by another predicate, so it codes nothing of its own. */
    void consume(Token t) {
        consumed.add(t.index());
    }

    boolean consumed(Token t) {
        return consumed.contains(t.index());
    }

    /** Records an eventive noun's place, for events of its kind elsewhere in the document. */
    void nominal(Places.NominalMention n) {
        nominals.add(n);
    }
}
