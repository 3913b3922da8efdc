package org.parley.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * One code per actor mention in a document. The mention finder's mentions are the document's
 * actors; a fact (an event side, a stance holder, a quote speaker) that names the same words
 * with another actor has <em>placed</em> them (an agent of no country put in the event's
 * country, a person coded as of the event's date): the mention then carries the placed actor,
 * with where it came from ({@link Placement}), and every fact on those words writes that one
 * actor. Words only a fact names (an unnamed assailant, a place as target) join the actors too.
 * Actors get ids ({@code a1}, {@code a2}, ...) in order of their first mention in the text.
 */
final class DocumentActors {

    /** How a mention came to carry an actor other than the one the mention finder gave it. */
    record Placement(String from, String how, String by) {
    }

    /** A mention as the document states it: its words and its one actor. */
    static final class Slot {
        final Span span;
        final String text;
        final int sentence;
        final String how;
        Actor actor;
        Placement placed;
        String id;

        Slot(Mention m) {
            this.span = m.span();
            this.text = m.text();
            this.sentence = m.sentenceIndex();
            this.how = m.how();
            this.actor = m.actor();
        }

        Slot(Span span, String text, int sentence, String how, Actor actor) {
            this.span = span;
            this.text = text;
            this.sentence = sentence;
            this.how = how;
            this.actor = actor;
        }
    }

    /** One actor of the document with its mentions, in text order. */
    record Entry(String id, Actor actor, List<Slot> mentions) {
    }

    private final List<Slot> slots = new ArrayList<>();
    private final Map<Span, List<Slot>> bySpan = new HashMap<>();
    private final Map<Object, Slot> factSlots = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    DocumentActors(Analysis a) {
        for (Mention m : a.mentions()) {
            add(new Slot(m));
        }
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            String by = "event " + i + " (" + e.evidence().rule() + ")";
            e.source().forEach(m -> factSlots.put(key(m), slotOf(m, by)));
            e.target().forEach(m -> factSlots.put(key(m), slotOf(m, by)));
        }
        for (int i = 0; i < a.stances().size(); i++) {
            Mention h = a.stances().get(i).holder();
            factSlots.put(key(h), slotOf(h, "stance " + i + " (" + a.stances().get(i).evidence().rule() + ")"));
        }
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            if (q.speaker() != null && q.speakerSpan() != null) {
                Mention m = new Mention(q.speakerSpan(), q.speakerText(), q.speaker(), q.evidence().sentenceIndex(), -1,
                        "speaker of a quote");
                factSlots.put(key(m), slotOf(m, "quote " + i + " (" + q.evidence().rule() + ")"));
            }
        }
        Map<String, List<Slot>> byActor = new LinkedHashMap<>();
        List<Slot> ordered = new ArrayList<>(slots);
        ordered.sort(Comparator.comparing((Slot s) -> s.span));
        for (Slot s : ordered) {
            byActor.computeIfAbsent(actorKey(s.actor), k -> new ArrayList<>()).add(s);
        }
        int n = 0;
        for (List<Slot> mentions : byActor.values()) {
            String id = "a" + (++n);
            mentions.forEach(s -> s.id = id);
            entries.add(new Entry(id, mentions.get(0).actor, List.copyOf(mentions)));
        }
    }

    /** The document's actors, each with its mentions. */
    List<Entry> entries() {
        return entries;
    }

    /** The document's mention for a fact's mention: its id and its one actor. */
    Slot of(Mention m) {
        Slot s = factSlots.get(key(m));
        if (s == null) {
            throw new IllegalStateException("mention '" + m.text() + "' " + m.span() + " is in no fact of this analysis");
        }
        return s;
    }

    /** The document's mention for a quote's speaker, or null when the quote has no resolved speaker. */
    Slot speakerOf(Quote q) {
        if (q.speaker() == null || q.speakerSpan() == null) {
            return null;
        }
        return factSlots.get(key(new Mention(q.speakerSpan(), q.speakerText(), q.speaker(), q.evidence().sentenceIndex(),
                -1, "speaker of a quote")));
    }

    private void add(Slot s) {
        slots.add(s);
        bySpan.computeIfAbsent(s.span, k -> new ArrayList<>()).add(s);
    }

    /**
     * The slot a fact's mention stands for: the mention of the same words and actor; else a
     * mention of the same words that the fact placed (the first placement of a mention wins,
     * and later facts on it write the placed actor); else a new mention.
     */
    private Slot slotOf(Mention m, String by) {
        List<Slot> same = bySpan.getOrDefault(m.span(), List.of());
        for (Slot s : same) {
            if (actorKey(s.actor).equals(actorKey(m.actor()))) {
                return s;
            }
        }
        Slot derived = null;
        for (Slot s : same) {
            if (s.placed == null && m.how().startsWith(s.how)) {
                derived = s;
                break;
            }
        }
        for (Slot s : same) {
            if (derived == null && s.placed == null) {
                derived = s;
            }
        }
        if (derived == null && !same.isEmpty()) {
            derived = same.get(0);
        }
        if (derived != null) {
            if (derived.placed == null) {
                derived.placed = new Placement(derived.actor.code(), m.how(), by);
                derived.actor = m.actor();
            }
            return derived;
        }
        Slot s = new Slot(m.span(), m.text(), m.sentenceIndex(), m.how(), m.actor());
        add(s);
        return s;
    }

    private static Object key(Mention m) {
        return List.of(m.span(), actorKey(m.actor()));
    }

    private static String actorKey(Actor a) {
        return a.code() + "|" + a.name() + "|" + (a.role() == null ? "" : a.role());
    }
}
