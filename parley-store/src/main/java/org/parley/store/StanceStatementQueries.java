package org.parley.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stances with the statement behind each, a page at a time (most recent first), and the actor x
 * issue matrix. Filters are a {@link Where} over {@code stances s} ({@link #filter}). Stances
 * have no key, so the order runs through every column that tells two apart; two stances alike
 * in all of them would share a page boundary.
 */
public final class StanceStatementQueries {

    public static final OrderBy ORDER = OrderBy.desc("s.date").thenDesc("s.doc_hash").thenAsc("s.sentence")
            .thenAsc("s.holder_code").thenAsc("s.issue_key").thenAsc("s.polarity");

    /** A stance: who, on what, which way, how firmly, and the statement behind it. */
    public record StanceItem(String docId, LocalDate date, int sentence, String holderCode, String holderCountry,
                             String holderName, String issue, String issueText, String polarity, double strength,
                             String statement, Integer begin, Integer end) {
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

    private final Database db;

    public StanceStatementQueries(Database db) {
        this.db = db;
    }

    /** A holder (code prefix or country), an issue key prefix, a date range and words of the statement; nulls do not filter. */
    public static Where filter(String actor, String issue, LocalDate from, LocalDate to, String words) {
        return new Where().actor(actor, "s.holder_code", "s.holder_country").prefix("s.issue_key", issue)
                .atLeast("s.date", from).atMost("s.date", to).containsIgnoringCase("s.sentence_text", words);
    }

    public List<StanceItem> find(Where filter, Page page) {
        Where w = new Where().and(filter).and(ORDER.after(page.after()));
        return db.query("querying stances", "SELECT s.doc_hash, s.date, s.sentence, s.holder_code, s.holder_country,"
                + " s.holder_name, s.issue_key, s.issue_text, s.polarity, s.strength, s.sentence_text, s.span_begin,"
                + " s.span_end FROM stances s " + w.sql() + " " + ORDER.sql() + " LIMIT " + page.limit(), w.args(),
                rs -> new StanceItem(rs.getString(1), Database.date(rs, 2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getDouble(10),
                        rs.getString(11), nullableInt(rs, 12), nullableInt(rs, 13)));
    }

    public static List<Object> cursor(StanceItem s) {
        return Arrays.asList(s.date(), s.docId(), s.sentence(), s.holderCode(), s.issue(), s.polarity());
    }

    /**
     * The actor x issue matrix: one cell per holder code and issue key (and month, {@code YYYY-MM},
     * when {@code byMonth}: undated stances then fall in no month).
     */
    public List<Cell> matrix(Where filter, boolean byMonth) {
        Where w = new Where().and(filter);
        if (byMonth) {
            w.and("s.date IS NOT NULL");
        }
        String month = byMonth ? ", EXTRACT(YEAR FROM s.date), EXTRACT(MONTH FROM s.date)" : "";
        List<Object[]> rows = db.query("querying the stance matrix", "SELECT s.holder_code, s.issue_key, s.polarity,"
                + " COUNT(*), MAX(s.date)" + month + " FROM stances s " + w.sql()
                + " GROUP BY s.holder_code, s.issue_key, s.polarity" + month, w.args(),
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), Database.date(rs, 5),
                    byMonth ? String.format("%04d-%02d", rs.getInt(6), rs.getInt(7)) : null});
        Map<List<String>, Cell> cells = new TreeMap<>(Comparator.comparing((List<String> k) -> String.valueOf(k.get(0)))
                .thenComparing(k -> String.valueOf(k.get(1))).thenComparing(k -> String.valueOf(k.get(2))));
        for (Object[] r : rows) {
            List<String> key = Arrays.asList((String) r[0], (String) r[1], (String) r[5]);
            Cell c = cells.getOrDefault(key, new Cell((String) r[0], (String) r[1], (String) r[5], 0, 0, 0, 0, null, null));
            cells.put(key, c.with((String) r[2], (Integer) r[3], (LocalDate) r[4]));
        }
        return List.copyOf(cells.values());
    }

    static Integer nullableInt(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
