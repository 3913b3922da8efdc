package org.parley.store.read;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Quotes a page at a time, most recent document first, in text order within a document. */
public final class QuoteReads {

    private static final String DAY = "COALESCE(d.published, DATE '0001-01-01')";
    private static final List<Keyset.Key> ORDER = List.of(Keyset.desc(DAY), Keyset.desc("q.doc_hash"),
            Keyset.asc("q.content_begin"), Keyset.asc("q.content_end"));

    /** A quote: where it is, what was said, who said it and how. */
    public record QuoteItem(String docId, LocalDate date, int begin, int end, String content, String speakerCode,
                            String speakerCountry, String speakerName, String speakerText, String cue, boolean direct) {
    }

    private final ReadPool pool;

    public QuoteReads(ReadPool pool) {
        this.pool = pool;
    }

    /** Filters used: actor (the speaker), from, to, text (words of the quote). */
    public Page<QuoteItem> page(Filters f, int limit, String cursor) {
        Where w = where(f);
        Cursor after = Cursor.decode(cursor, 4);
        if (after != null) {
            Keyset.after(w, ORDER, List.of(Date.valueOf(EventReads.parseDay(after.get(0))), after.get(1),
                    (int) after.getLong(2), (int) after.getLong(3)));
        }
        List<Object> args = new ArrayList<>(w.args());
        args.add(limit + 1);
        List<QuoteItem> rows = pool.list("SELECT q.doc_hash, d.published, q.content_begin, q.content_end, q.content,"
                + " q.speaker_code, q.speaker_country, q.speaker_name, q.speaker_text, q.cue, q.direct"
                + " FROM quotes q JOIN documents d ON d.hash = q.doc_hash" + w.sql() + Keyset.orderBy(ORDER) + " LIMIT ?",
                args, rs -> new QuoteItem(rs.getString(1), ReadPool.date(rs, 2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getBoolean(11)), "quotes");
        return Page.of(rows, limit, q -> Cursor.of(q.date() == null ? LocalDate.of(1, 1, 1) : q.date(), q.docId(),
                q.begin(), q.end()));
    }

    static Where where(Filters f) {
        Where w = new Where();
        w.and("(q.speaker_code LIKE ? ESCAPE '\\' OR q.speaker_country = ?)", f.actor(),
                f.actor() == null ? null : Where.prefix(f.actor()), f.actor());
        w.and("d.published >= ?", f.from(), Where.date(f.from()));
        w.and("d.published <= ?", f.to(), Where.date(f.to()));
        w.and("LOWER(q.content) LIKE ? ESCAPE '\\'", f.text(), f.text() == null ? null : Where.contains(f.text()));
        return w;
    }
}
