package org.parley.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * One analysis as the rows the store holds for it, table by table, for writers that are not
 * JDBC (the Spark job's Parquet tables). Each row is an {@code Object[]} whose values follow the
 * columns of {@link StoreSchema#table} in order, typed String, Integer, Double, Boolean,
 * {@link LocalDate} (DATE) or {@link Instant} (TIMESTAMP), null where the store has NULL.
 *
 * <p>The values and keys are those {@link AnalysisWriter} writes: the document's hash, the
 * GDELT-style event ids, one mention per event, document and sentence (the first wins, as the
 * writer's {@code ON CONFLICT DO NOTHING} keeps the first), one quote per content span, one actor
 * mention per span. {@code events} here has one row per kept mention, not yet merged: merging
 * across documents (one row per event id) is the caller's, as the store's primary key does it.
 */
public final class AnalysisRows {

    /** The tables a document fills, in the order keys depend on. */
    public static final List<String> DOCUMENT_TABLES =
            List.of("documents", "events", "event_mentions", "quotes", "stances", "actor_mentions");

    private AnalysisRows() {
    }

    /**
     * The rows of one analysis by table name (every name of {@link #DOCUMENT_TABLES}, each
     * present, possibly empty).
     *
     * @param ingestedAt the {@code documents.ingested_at} value
     */
    public static Map<String, List<Object[]>> of(Analysis a, Instant ingestedAt) {
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        for (String t : DOCUMENT_TABLES) {
            rows.put(t, new ArrayList<>());
        }
        Document d = a.document();
        String hash = JdbcEventStore.hashOf(d);
        rows.get("documents").add(new Object[] {hash, d.id(), d.url(), d.title(), d.published(), d.text(),
            d.text().length(), ingestedAt});
        Set<String> mentionKeys = new HashSet<>();
        for (Event e : a.events()) {
            addEvent(hash, e, mentionKeys, rows.get("events"), rows.get("event_mentions"));
        }
        Set<Span> quoteSpans = new HashSet<>();
        for (Quote q : a.quotes()) {
            if (quoteSpans.add(q.content())) {
                rows.get("quotes").add(new Object[] {hash, q.content().begin(), q.content().end(), q.contentText(),
                    q.speaker() == null ? null : q.speaker().code(),
                    q.speaker() == null ? null : q.speaker().country(),
                    q.speaker() == null ? null : q.speaker().name(), q.speakerText(), q.cue(), q.direct()});
            }
        }
        for (Stance s : a.stances()) {
            rows.get("stances").add(new Object[] {hash, s.evidence().sentenceIndex(), s.holder().actor().code(),
                s.holder().actor().country(), s.holder().actor().name(), s.issue().key(), s.issue().text(),
                s.polarity().label(), s.strength(), d.published(), s.evidence().rule(), s.evidence().sentenceText(),
                s.evidence().span().begin(), s.evidence().span().end()});
        }
        Set<Span> actorSpans = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (actorSpans.add(m.span())) {
                rows.get("actor_mentions").add(new Object[] {hash, m.span().begin(), m.span().end(), m.actor().code(),
                    m.actor().country(), m.actor().name()});
            }
        }
        return rows;
    }

    /** A {@code failures} row. */
    public static Object[] failure(String source, String reason, Instant failedAt) {
        return new Object[] {source, reason, failedAt};
    }

    /** The store's event id: 20 hex digits of the SHA-256 of "date|source|target|cameo|location". */
    public static String eventId(LocalDate date, String source, String target, String cameo, String location) {
        return AnalysisWriter.eventId(String.valueOf(date), source, target, cameo, location);
    }

    /** One event row and one mention row per source-target pair, as {@code AnalysisWriter.addEvent}. */
    private static void addEvent(String hash, Event e, Set<String> mentionKeys, List<Object[]> events,
                                 List<Object[]> mentions) {
        List<Mention> sources = e.source().isEmpty() ? Collections.singletonList(null) : e.source();
        List<Mention> targets = e.target().isEmpty() ? Collections.singletonList(null) : e.target();
        for (Mention s : sources) {
            for (Mention t : targets) {
                String location = e.location() == null ? null : e.location().name();
                String id = eventId(e.date(), code(s), code(t), e.type().code(), location);
                if (!mentionKeys.add(id + "|" + e.evidence().sentenceIndex())) {
                    continue;
                }
                events.add(new Object[] {id, e.date(), code(s), s == null ? null : s.actor().country(), code(t),
                    t == null ? null : t.actor().country(), e.type().code(), e.type().root(), e.type().plover(),
                    e.type().goldstein(), e.type().quad(), location,
                    e.location() == null ? null : e.location().country(),
                    e.location() == null ? null : e.location().lat(),
                    e.location() == null ? null : e.location().lon(), e.type().mode(), e.type().context()});
                mentions.add(new Object[] {id, hash, e.evidence().sentenceIndex(), e.evidence().triggerText(),
                    e.evidence().rule(), e.evidence().sentenceText(), e.evidence().span().begin(),
                    e.evidence().span().end(),
                    e.evidence().trigger() == null ? null : e.evidence().trigger().begin(),
                    e.evidence().trigger() == null ? null : e.evidence().trigger().end()});
            }
        }
    }

    private static String code(Mention m) {
        return m == null ? null : m.actor().code();
    }
}
