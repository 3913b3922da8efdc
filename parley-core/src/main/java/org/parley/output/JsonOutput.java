package org.parley.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * The output contract: one JSON object per document with {@code id, date, actors, events,
 * quotes, stances, failures}. Field names are what the scorers and downstream users read;
 * fields may be added, never renamed. Every span is a pair of Java {@code String} offsets
 * into the original text.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode document(Analysis a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.document().id());
        o.put("date", a.document().published() == null ? null : a.document().published().toString());
        if (a.document().title() != null) {
            o.put("title", a.document().title());
        }
        if (a.document().url() != null) {
            o.put("url", a.document().url());
        }
        o.set("actors", actors(a.mentions()));
        ArrayNode events = o.putArray("events");
        a.events().forEach(e -> events.add(event(e)));
        ArrayNode quotes = o.putArray("quotes");
        a.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode stances = o.putArray("stances");
        a.stances().forEach(s -> stances.add(stance(s)));
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

    /** Each distinct actor once, with all its mentions. */
    static ArrayNode actors(List<Mention> mentions) {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = m.actor().code() + "|" + m.actor().name();
            ObjectNode node = byKey.computeIfAbsent(key, k -> {
                ObjectNode n = actor(m.actor());
                n.putArray("mentions");
                return n;
            });
            ObjectNode mention = ((ArrayNode) node.get("mentions")).addObject();
            mention.put("text", m.text());
            mention.set("span", span(m.span()));
            mention.put("how", m.how());
        }
        ArrayNode out = MAPPER.createArrayNode();
        byKey.values().forEach(out::add);
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

    static ObjectNode mention(Mention m) {
        ObjectNode n = actor(m.actor());
        n.put("text", m.text());
        n.set("span", span(m.span()));
        return n;
    }

    static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode source = n.putArray("source");
        e.source().forEach(m -> source.add(mention(m)));
        ArrayNode target = n.putArray("target");
        e.target().forEach(m -> target.add(mention(m)));
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
        n.set("evidence", evidence(e.evidence()));
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

    static ObjectNode quote(Quote q) {
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
        n.set("speaker", q.speaker() == null ? null : actor(q.speaker()));
        n.put("cue", q.cue());
        n.set("cueSpan", span(q.cueSpan()));
        n.put("direct", q.direct());
        n.set("evidence", evidence(q.evidence()));
        return n;
    }

    static ObjectNode stance(Stance s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("holder", mention(s.holder()));
        ObjectNode issue = n.putObject("issue");
        issue.put("key", s.issue().key());
        issue.put("text", s.issue().text());
        issue.set("span", span(s.issue().span()));
        n.put("polarity", s.polarity().label());
        n.put("strength", s.strength());
        n.set("evidence", evidence(s.evidence()));
        return n;
    }

    static ObjectNode evidence(Evidence e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("sentence", e.sentenceIndex());
        n.put("text", e.sentenceText());
        n.set("sentenceSpan", span(e.sentenceSpan()));
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
