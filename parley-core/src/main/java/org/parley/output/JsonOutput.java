package org.parley.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Failure;
import org.parley.model.Location;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * The output contract: one JSON object per document with {@code schemaVersion, id, date,
 * sentences, actors, events, quotes, stances, failures}. Field names are what the scorers and
 * downstream users read; fields may be added, never renamed (a removal or a move raises
 * {@link #SCHEMA_VERSION}). Every span is a pair of Java {@code String} offsets into the
 * original text.
 *
 * <p>Each sentence a fact comes from is written once, in {@code sentences[]} (id, span, text);
 * facts refer to it by id ({@code evidence.sentence}). Each actor is written once, in {@code actors[]} with an id and
 * all its mentions; event sides, stance holders and quote speakers refer to it by id
 * ({@code actor}) and repeat the fields a reader filters on ({@code code, country, sector,
 * kind}), always equal to the actor's. {@link Detail#FULL} also repeats each fact's sentence
 * text and the whole actor on every reference, as schema version 1 did.
 */
public final class JsonOutput {

    /** The version of the output's shape: 2 added sentences[], actor ids and compact evidence. */
    public static final int SCHEMA_VERSION = 2;

    /** How much each fact repeats of what the document already states once. */
    public enum Detail {
        /** References by id: the sentence's text only in {@code sentences[]}, the actor's name only in {@code actors[]}. */
        COMPACT,
        /** As compact, and each fact's evidence with its sentence's text and span, each reference with the whole actor. */
        FULL
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The document in the compact form. */
    public static ObjectNode document(Analysis a) {
        return document(a, Detail.COMPACT);
    }

    public static ObjectNode document(Analysis a, Detail detail) {
        DocumentActors actors = new DocumentActors(a);
        boolean full = detail == Detail.FULL;
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("id", a.document().id());
        o.put("date", a.document().published() == null ? null : a.document().published().toString());
        if (a.document().title() != null) {
            o.put("title", a.document().title());
        }
        if (a.document().url() != null) {
            o.put("url", a.document().url());
        }
        ArrayNode sentences = o.putArray("sentences");
        java.util.BitSet cited = new java.util.BitSet();
        a.events().forEach(e -> cited.set(e.evidence().sentenceIndex()));
        a.quotes().forEach(q -> cited.set(q.evidence().sentenceIndex()));
        a.stances().forEach(s -> cited.set(s.evidence().sentenceIndex()));
        for (Sentence s : a.parsed().sentences()) {
            if (!cited.get(s.index())) {
                continue;
            }
            ObjectNode n = sentences.addObject();
            n.put("id", s.index());
            n.set("span", span(s.span()));
            n.put("text", s.text());
        }
        o.set("actors", actors(actors));
        ArrayNode events = o.putArray("events");
        a.events().forEach(e -> events.add(event(e, actors, full)));
        ArrayNode quotes = o.putArray("quotes");
        a.quotes().forEach(q -> quotes.add(quote(q, a.document().text(), actors, full)));
        ArrayNode stances = o.putArray("stances");
        a.stances().forEach(s -> stances.add(stance(s, actors, full)));
        ArrayNode failures = o.putArray("failures");
        a.failures().forEach(f -> failures.add(failure(f)));
        return o;
    }

    /** The line written for a document that could not be analyzed at all. */
    public static ObjectNode error(String id, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("error", message);
        return o;
    }

    /** Each distinct actor once, with its id and all its mentions; a placed mention says how it was placed. */
    static ArrayNode actors(DocumentActors actors) {
        ArrayNode out = MAPPER.createArrayNode();
        for (DocumentActors.Entry e : actors.entries()) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("id", e.id());
            node.setAll(actor(e.actor()));
            ArrayNode mentions = node.putArray("mentions");
            for (DocumentActors.Slot s : e.mentions()) {
                ObjectNode mention = mentions.addObject();
                mention.put("text", s.text);
                mention.set("span", span(s.span));
                mention.put("sentence", s.sentence);
                mention.put("how", s.how);
                if (s.placed != null) {
                    ObjectNode placed = mention.putObject("placed");
                    placed.put("from", s.placed.from());
                    placed.put("how", s.placed.how());
                    placed.put("by", s.placed.by());
                }
            }
            out.add(node);
        }
        return out;
    }

    public static ObjectNode actor(Actor a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", a.code());
        n.put("country", a.country());
        n.put("sector", a.sector());
        if (!a.otherSectors().isEmpty()) {
            // All sectors, primary first; only written when there are secondary ones.
            ArrayNode sectors = n.putArray("sectors");
            if (a.sector() != null) {
                sectors.add(a.sector());
            }
            a.otherSectors().forEach(sectors::add);
        }
        n.put("kind", a.kind().label());
        n.put("name", a.name());
        if (a.ethnicity() != null) {
            n.put("ethnicity", a.ethnicity());
        }
        if (a.role() != null) {
            n.put("role", a.role());
        }
        if (a.entity() != null) {
            n.put("entity", a.entity());
        }
        return n;
    }

    /** A reference to the document's actor: its id and the fields readers filter on (all of it when full). */
    static ObjectNode reference(DocumentActors.Slot slot, boolean full) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("actor", slot.id);
        if (full) {
            n.setAll(actor(slot.actor));
        } else {
            n.put("code", slot.actor.code());
            n.put("country", slot.actor.country());
            n.put("sector", slot.actor.sector());
            n.put("kind", slot.actor.kind().label());
        }
        return n;
    }

    static ObjectNode mention(Mention m, DocumentActors actors, boolean full) {
        DocumentActors.Slot slot = actors.of(m);
        ObjectNode n = reference(slot, full);
        n.put("text", m.text());
        n.set("span", span(m.span()));
        return n;
    }

    static ObjectNode event(Event e, DocumentActors actors, boolean full) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode source = n.putArray("source");
        e.source().forEach(m -> source.add(mention(m, actors, full)));
        ArrayNode target = n.putArray("target");
        e.target().forEach(m -> target.add(mention(m, actors, full)));
        n.put("cameo", e.type().code());
        n.put("cameoName", e.type().name());
        n.put("root", e.type().root());
        n.put("plover", e.type().plover());
        n.put("mode", e.type().mode());
        n.put("context", e.type().context());
        n.put("goldstein", e.type().goldstein());
        n.put("quad", e.type().quad());
        n.put("date", e.date() == null ? null : e.date().toString());
        n.set("location", location(e.location()));
        n.put("negated", e.negated());
        n.set("evidence", evidence(e.evidence(), full));
        return n;
    }

    static ObjectNode location(Location l) {
        if (l == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", l.name());
        n.put("country", l.country());
        n.put("lat", l.lat());
        n.put("lon", l.lon());
        n.set("span", span(l.span()));
        n.put("how", l.how());
        return n;
    }

    static ObjectNode quote(Quote q, String text, DocumentActors actors, boolean full) {
        ObjectNode n = MAPPER.createObjectNode();
        ObjectNode content = span(q.content());
        content.put("text", q.contentText());
        n.set("content", content);
        if (q.speakerSpan() == null) {
            n.putNull("speakerMention");
        } else {
            ObjectNode sm = span(q.speakerSpan());
            sm.put("text", q.speakerText());
            n.set("speakerMention", sm);
        }
        if (q.source() != null) {
            ObjectNode source = span(q.source());
            source.put("text", q.source().of(text));
            n.set("source", source);
        }
        DocumentActors.Slot speaker = actors.speakerOf(q);
        n.set("speaker", speaker != null ? reference(speaker, full) : q.speaker() != null ? actor(q.speaker()) : null);
        n.put("cue", q.cue());
        n.set("cueSpan", span(q.cueSpan()));
        n.put("direct", q.direct());
        n.set("evidence", evidence(q.evidence(), full));
        return n;
    }

    static ObjectNode stance(Stance s, DocumentActors actors, boolean full) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("holder", mention(s.holder(), actors, full));
        ObjectNode issue = n.putObject("issue");
        issue.put("key", s.issue().key());
        issue.put("text", s.issue().text());
        issue.set("span", span(s.issue().span()));
        n.put("polarity", s.polarity().label());
        n.put("strength", s.strength());
        n.set("evidence", evidence(s.evidence(), full));
        return n;
    }

    /** Where a fact came from: its sentence by id (with the sentence's text and span too when full). */
    static ObjectNode evidence(Evidence e, boolean full) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("sentence", e.sentenceIndex());
        if (full) {
            n.put("text", e.sentenceText());
            n.set("sentenceSpan", span(e.sentenceSpan()));
        }
        n.set("span", span(e.span()));
        if (e.trigger() != null) {
            ObjectNode t = span(e.trigger());
            t.put("text", e.triggerText());
            n.set("trigger", t);
        } else {
            n.putNull("trigger");
        }
        n.put("rule", e.rule());
        return n;
    }

    static ObjectNode failure(Failure f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("stage", f.stage());
        n.put("sentence", f.sentence());
        n.put("message", f.message());
        n.put("kind", f.note() ? "note" : "failure");
        return n;
    }

    static ObjectNode span(Span s) {
        if (s == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("begin", s.begin());
        n.put("end", s.end());
        return n;
    }
}
