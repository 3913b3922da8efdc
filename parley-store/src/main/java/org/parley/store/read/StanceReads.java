package org.parley.store.read;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stances a page at a time, most recent first, with the sentence that states each. */
public final class StanceReads {

    private static final String DAY = "COALESCE(s.date, DATE '0001-01-01')";
    private static final List<Keyset.Key> ORDER = List.of(Keyset.desc(DAY), Keyset.desc("s.doc_hash"),
            Keyset.asc("s.sentence"), Keyset.asc("s.holder_code"), Keyset.asc("s.issue_key"), Keyset.asc("s.polarity"));

    /** A stance: who, on what, which way, how firmly, and the statement behind it. */
    public record StanceItem(String docId, LocalDate date, int sentence, String holderCode, String holderCountry,
                             String holderName, String issue, String issueText, String polarity, double strength,
                             String statement, Integer begin, Integer end) {
    }

    private final ReadPool pool;

    public StanceReads(ReadPool pool) {
        this.pool = pool;
    }

    /** Filters used: actor (the holder), issue (key prefix), from, to, text (words of the statement). */
    public Page<StanceItem> page(Filters f, int limit, String cursor) {
        Where w = where(f);
        Cursor after = Cursor.decode(cursor, 6);
        if (after != null) {
            Keyset.after(w, ORDER, List.of(Date.valueOf(EventReads.parseDay(after.get(0))), after.get(1),
                    (int) after.getLong(2), after.get(3), after.get(4), after.get(5)));
        }
        List<Object> args = new ArrayList<>(w.args());
        args.add(limit + 1);
        List<StanceItem> rows = pool.list("SELECT s.doc_hash, s.date, s.sentence, s.holder_code, s.holder_country,"
                + " s.holder_name, s.issue_key, s.issue_text, s.polarity, s.strength, s.sentence_text, s.span_begin,"
                + " s.span_end FROM stances s" + w.sql() + Keyset.orderBy(ORDER) + " LIMIT ?", args,
                rs -> new StanceItem(rs.getString(1), ReadPool.date(rs, 2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getDouble(10),
                        rs.getString(11), ReadPool.nullableInt(rs, 12), ReadPool.nullableInt(rs, 13)), "stances");
        return Page.of(rows, limit, s -> Cursor.of(s.date() == null ? LocalDate.of(1, 1, 1) : s.date(), s.docId(),
                s.sentence(), s.holderCode(), s.issue(), s.polarity()));
    }

    static Where where(Filters f) {
        Where w = new Where();
        w.and("(s.holder_code LIKE ? ESCAPE '\\' OR s.holder_country = ?)", f.actor(),
                f.actor() == null ? null : Where.prefix(f.actor()), f.actor());
        w.and("s.issue_key LIKE ? ESCAPE '\\'", f.issue(), f.issue() == null ? null : Where.prefix(f.issue()));
        w.and("s.date >= ?", f.from(), Where.date(f.from()));
        w.and("s.date <= ?", f.to(), Where.date(f.to()));
        w.and("LOWER(s.sentence_text) LIKE ? ESCAPE '\\'", f.text(), f.text() == null ? null : Where.contains(f.text()));
        return w;
    }

    /** One cell of the actor x issue matrix: counts per polarity and the latest polarity. */
    public record Cell(String holder, String issue, String month, int support, int oppose, int conditional,
                       int undecided, String latest, LocalDate latestDate) {

        /** This cell with {@code n} more stances of {@code polarity}, the latest of them on {@code date}. */
        Cell with(String polarity, int n, LocalDate date) {
            boolean later = latest == null || date != null && (latestDate == null || date.isAfter(latestDate));
            return new Cell(holder, issue, month, support + ("support".equals(polarity) ? n : 0),
                    oppose + ("oppose".equals(polarity) ? n : 0), conditional + ("conditional".equals(polarity) ? n : 0),
                    undecided + ("undecided".equals(polarity) ? n : 0), later ? polarity : latest,
                    later ? date : latestDate);
        }
    }

    /**
     * The actor x issue matrix, one cell per holder code and issue key (and month, {@code YYYY-MM},
     * when {@code byMonth}); undated stances fall in no month.
     */
    public List<Cell> matrix(Filters f, boolean byMonth) {
        Where w = where(f);
        if (byMonth) {
            w.always("s.date IS NOT NULL");
        }
        String month = byMonth ? ", EXTRACT(YEAR FROM s.date), EXTRACT(MONTH FROM s.date)" : "";
        List<Object[]> rows = pool.list("SELECT s.holder_code, s.issue_key, s.polarity, COUNT(*), MAX(s.date)" + month
                + " FROM stances s" + w.sql() + " GROUP BY s.holder_code, s.issue_key, s.polarity" + month,
                w.args(), rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                    ReadPool.date(rs, 5), byMonth ? String.format("%04d-%02d", rs.getInt(6), rs.getInt(7)) : null},
                "the stance matrix");
        java.util.Map<List<String>, Cell> cells = new java.util.TreeMap<>(java.util.Comparator
                .comparing((List<String> k) -> String.valueOf(k.get(0))).thenComparing(k -> k.get(1))
                .thenComparing(k -> String.valueOf(k.get(2))));
        for (Object[] r : rows) {
            List<String> key = java.util.Arrays.asList((String) r[0], (String) r[1], (String) r[5]);
            Cell c = cells.getOrDefault(key, new Cell((String) r[0], (String) r[1], (String) r[5], 0, 0, 0, 0, null, null));
            cells.put(key, c.with((String) r[2], (Integer) r[3], (LocalDate) r[4]));
        }
        return List.copyOf(cells.values());
    }
}
