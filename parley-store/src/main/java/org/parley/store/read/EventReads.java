package org.parley.store.read;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.store.EventRow;

/**
 * Events a page at a time, most recent first (date, then id, both descending: a total order, so
 * the cursor is the last row's date and id), and one event with every mention that reports it.
 */
public final class EventReads {

    /** Undated events sort after every dated one. */
    private static final String DAY = "COALESCE(e.date, DATE '0001-01-01')";
    private static final String COLUMNS = "e.event_id, e.date, e.source_code, e.source_country, e.target_code,"
            + " e.target_country, e.cameo, e.plover, e.goldstein, e.quad, e.location, e.location_country, e.lat, e.lon";

    private static final List<Keyset.Key> ORDER = List.of(Keyset.desc(DAY), Keyset.desc("e.event_id"));

    private final ReadPool pool;

    public EventReads(ReadPool pool) {
        this.pool = pool;
    }

    public Page<EventRow> page(Filters f, int limit, String cursor) {
        Where w = Where.events(f);
        Cursor after = Cursor.decode(cursor, 2);
        if (after != null) {
            Keyset.after(w, ORDER, List.of(Date.valueOf(parseDay(after.get(0))), after.get(1)));
        }
        List<Object> args = new ArrayList<>(w.args());
        args.add(limit + 1);
        // The page is chosen on the events table alone; only its rows are joined to their mentions.
        String sql = "WITH page AS (SELECT " + COLUMNS + ", " + DAY + " AS day FROM events e" + w.sql()
                + " ORDER BY day DESC, e.event_id DESC LIMIT ?)"
                + " SELECT " + COLUMNS.replace("e.", "p.") + ", COUNT(m.event_id) AS n, MIN(m.sentence_text)"
                + " FROM page p LEFT JOIN event_mentions m ON m.event_id = p.event_id"
                + " GROUP BY " + COLUMNS.replace("e.", "p.") + ", p.day ORDER BY p.day DESC, p.event_id DESC";
        List<EventRow> rows = pool.list(sql, args, EventReads::row, "events");
        return Page.of(rows, limit, r -> Cursor.of(r.date() == null ? LocalDate.of(1, 1, 1) : r.date(), r.eventId()));
    }

    static LocalDate parseDay(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("cursor is not a token this server gave out");
        }
    }

    static EventRow row(ResultSet rs) throws SQLException {
        return new EventRow(rs.getString(1), ReadPool.date(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9), rs.getInt(10), rs.getString(11),
                rs.getString(12), ReadPool.nullableDouble(rs, 13), ReadPool.nullableDouble(rs, 14), rs.getInt(15),
                rs.getString(16));
    }

    /** One report of an event: the document, the sentence, its span and trigger, and the rule that fired. */
    public record Report(String docId, String title, String url, LocalDate published, int sentence, String sentenceText,
                         int begin, int end, String trigger, Integer triggerBegin, Integer triggerEnd, String rule) {
    }

    /** An event with its reports. */
    public record Detail(EventRow event, List<Report> reports) {
    }

    public Optional<Detail> byId(String eventId) {
        List<EventRow> rows = pool.list("SELECT " + COLUMNS + ", COUNT(m.event_id), MIN(m.sentence_text) FROM events e"
                + " LEFT JOIN event_mentions m ON m.event_id = e.event_id WHERE e.event_id = ? GROUP BY " + COLUMNS,
                List.of(eventId), EventReads::row, "an event");
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Report> reports = pool.list("SELECT m.doc_hash, d.title, d.url, d.published, m.sentence, m.sentence_text,"
                + " m.span_begin, m.span_end, m.trigger_text, m.trigger_begin, m.trigger_end, m.rule"
                + " FROM event_mentions m LEFT JOIN documents d ON d.hash = m.doc_hash WHERE m.event_id = ?"
                + " ORDER BY d.published, m.doc_hash, m.sentence", List.of(eventId),
                rs -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), ReadPool.date(rs, 4), rs.getInt(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), ReadPool.nullableInt(rs, 10),
                        ReadPool.nullableInt(rs, 11), rs.getString(12)), "an event's reports");
        return Optional.of(new Detail(rows.get(0), reports));
    }
}
