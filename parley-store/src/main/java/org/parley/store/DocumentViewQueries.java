package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored document with the span of every fact found in it (actor mentions, event triggers,
 * quotes, stances), for the document view.
 */
public final class DocumentViewQueries {

    /** A highlighted span: what kind of fact, where, a label, and the fact's key (event id, actor code, ...). */
    public record Fact(String kind, int begin, int end, String label, String key, String detail) {
    }

    /** The document's text and fields, and its facts in text order. */
    public record DocumentView(String id, String externalId, String title, String url, LocalDate published, String text,
                               List<Fact> facts) {
    }

    private final Database db;

    public DocumentViewQueries(Database db) {
        this.db = db;
    }

    /** The document whose content hash, or else whose own id, is {@code id}. */
    public Optional<DocumentView> byId(String id) {
        List<DocumentView> docs = db.query("reading a document", "SELECT hash, external_id, title, url, published, text FROM documents"
                + " WHERE hash = ? OR external_id = ? ORDER BY CASE WHEN hash = ? THEN 0 ELSE 1 END, hash LIMIT 1",
                List.of(id, id, id), rs -> new DocumentView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Database.date(rs, 5), rs.getString(6), List.of()));
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        DocumentView d = docs.get(0);
        List<Object> hash = List.of(d.id());
        List<Fact> facts = new java.util.ArrayList<>();
        facts.addAll(db.query("reading a document's actors", "SELECT span_begin, span_end, code, name FROM actor_mentions WHERE doc_hash = ?", hash,
                rs -> new Fact("actor", rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(3), rs.getString(4))));
        facts.addAll(db.query("reading a document's events", "SELECT COALESCE(m.trigger_begin, m.span_begin), COALESCE(m.trigger_end, m.span_end),"
                + " e.cameo, e.event_id, COALESCE(e.source_code, '-') || ' ' || COALESCE(e.plover, e.cameo) || ' '"
                + " || COALESCE(e.target_code, '-') FROM event_mentions m JOIN events e ON e.event_id = m.event_id"
                + " WHERE m.doc_hash = ?", hash,
                rs -> new Fact("event", rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))));
        facts.addAll(db.query("reading a document's quotes", "SELECT content_begin, content_end, speaker_code, speaker_name, speaker_text FROM quotes"
                + " WHERE doc_hash = ?", hash, rs -> new Fact("quote", rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getString(3), rs.getString(4) != null ? rs.getString(4) : rs.getString(5))));
        facts.addAll(db.query("reading a document's actors", "SELECT span_begin, span_end, polarity, issue_key, holder_code FROM stances"
                + " WHERE doc_hash = ? AND span_begin IS NOT NULL", hash, rs -> new Fact("stance", rs.getInt(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))));
        int length = d.text().length();
        facts.removeIf(f -> f.begin() < 0 || f.end() > length || f.begin() >= f.end());
        facts.sort(java.util.Comparator.comparingInt(Fact::begin).thenComparing(Fact::end,
                java.util.Comparator.reverseOrder()));
        return Optional.of(new DocumentView(d.id(), d.externalId(), d.title(), d.url(), d.published(), d.text(), facts));
    }
}
