package org.parley.stances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.parley.actors.ActorResolver;
import org.parley.actors.DocumentMentions;
import org.parley.data.TsvTable;
import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.Failure;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Where each actor stands on each issue. Each word of a sentence is offered to the readings in
 * order, and the first that takes it ends its turn: {@link CueStances} (willingness,
 * skepticism, "premature", "unacceptable"), {@link Idioms} ("the door remains open"),
 * {@link ConsequenceStances} ("would drag Europe into the war"), {@link ActionStances} ("may
 * contribute troops"), then {@link EventStances} (rejections and accusations oppose, requests
 * and support endorse). The proposition each one is about is normalized to an issue key by
 * {@link Propositions}; one that only points back ("such discussions") takes the issue of the
 * stance before it, and one without a place takes the place of the latest stance on the same
 * issue. Of the stances a sentence gives one holder on one issue, the strongest is kept.
 * This is the one place the chain is built. Thread-safe.
 */
public final class StanceExtractor {

    private final List<StanceReading> readings;
    private final IssueNormalizer issues;

    /** The readings over the built-in tables, the knowledge base's resolver and the word lists. */
    public StanceExtractor(ActorResolver resolver, WordLists words) {
        this.issues = new IssueNormalizer(resolver, words);
        Propositions propositions = new Propositions(issues, words);
        this.readings = List.of(
                new CueStances(new StanceCues(TsvTable.resource(StanceCues.RESOURCE)), propositions, resolver, words),
                new Idioms(propositions, words),
                new ConsequenceStances(TsvTable.resource(ConsequenceStances.RESOURCE), propositions, words),
                new ActionStances(TsvTable.resource(ActionStances.RESOURCE), propositions, words),
                new EventStances(propositions));
    }

    public List<Stance> extract(ParsedDocument doc, DocumentMentions mentions, List<Event> events) {
        return extract(doc, mentions, events, List.of());
    }

    /** As above, with the document's quotes: their speakers hold stances their words state without a holder. */
    public List<Stance> extract(ParsedDocument doc, DocumentMentions mentions, List<Event> events, List<Quote> quotes) {
        return extract(doc, mentions, events, quotes, note -> { });
    }

    /**
     * As above; a stance whose issue names no topic ({@link IssueNormalizer#hasTopic}: "took
     * part", "welcomed the outcome") is dropped, and the drops are told in one note for the
     * document, handed to {@code notes}.
     */
    public List<Stance> extract(ParsedDocument doc, DocumentMentions mentions, List<Event> events, List<Quote> quotes,
                                Consumer<Failure> notes) {
        Map<String, Integer> dropped = new TreeMap<>();
        QuoteHolders quoteHolders = new QuoteHolders(quotes);
        Map<String, Stance> unique = new LinkedHashMap<>();
        List<Stance> history = new ArrayList<>();
        Map<Integer, List<Event>> eventsBySentence = new HashMap<>();
        for (Event e : events) {
            eventsBySentence.computeIfAbsent(e.evidence().sentenceIndex(), k -> new ArrayList<>()).add(e);
        }
        for (Sentence s : doc.sentences()) {
            SentenceStances at = new SentenceStances(doc, s, mentions, quoteHolders,
                    eventsBySentence.getOrDefault(s.index(), List.of()), history);
            for (Token t : s.tokens()) {
                for (StanceReading reading : readings) {
                    if (reading.read(t, at)) {
                        break;
                    }
                }
            }
            for (Stance st : at.found()) {
                if (!issues.hasTopic(st.issue().key())) {
                    dropped.merge(st.issue().key(), 1, Integer::sum);
                    continue;
                }
                String key = s.index() + "|" + st.holder().actor().code() + "|" + st.issue().key();
                Stance prev = unique.get(key);
                if (prev == null || prev.strength() < st.strength()) {
                    unique.put(key, st);
                }
            }
        }
        if (!dropped.isEmpty()) {
            int n = dropped.values().stream().mapToInt(Integer::intValue).sum();
            notes.accept(Failure.note("stances", -1, n + (n == 1 ? " stance" : " stances")
                    + " dropped: the issue names no topic (" + String.join(", ", dropped.keySet()) + ")"));
        }
        return new ArrayList<>(unique.values());
    }
}
