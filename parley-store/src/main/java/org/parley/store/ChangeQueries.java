package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed: dyads and actors whose weekly event count or mean Goldstein score moved most in
 * the last week against the four weeks before it, and stances whose polarity flipped in the last
 * week. The week ends on {@code asOf} (default: the last event date stored). Events are those
 * matching an {@link EventQuery}'s filters (its dates aside), stances those of {@code holder}
 * on issues starting with {@code issue}.
 */
public final class ChangeQueries {

    /** A dyad ("RUS>UKR") or an actor's movement: events last week, the baseline's weekly mean, mean Goldstein of each. */
    public record Move(String key, long recent, double baselinePerWeek, Double recentGoldstein,
                       Double baselineGoldstein) {

        public double countChange() {
            return recent - baselinePerWeek;
        }

        /** Recent minus baseline mean Goldstein, or 0 when either window has no event. */
        public double goldsteinChange() {
            return recentGoldstein == null || baselineGoldstein == null ? 0 : recentGoldstein - baselineGoldstein;
        }
    }

    /** A holder's polarity on an issue before the week, and in it. */
    public record Flip(String holder, String issue, String before, LocalDate beforeDate, String now, LocalDate nowDate) {
    }

    /** The windows compared and the largest moves of each kind. */
    public record Changes(LocalDate asOf, LocalDate recentFrom, LocalDate baselineFrom, List<Move> dyads,
                          List<Move> actors, List<Flip> flips) {
    }

    private final Database db;

    public ChangeQueries(Database db) {
        this.db = db;
    }

    public Changes changes(EventQuery f, String issue, LocalDate asOf, int limit) {
        LocalDate end = asOf != null ? asOf : new StatsQueries(db).stats().lastEvent();
        if (end == null) {
            return new Changes(null, null, null, List.of(), List.of(), List.of());
        }
        LocalDate recentFrom = end.minusDays(6);
        LocalDate baselineFrom = recentFrom.minusDays(28);
        Where w = EventQueries.onEvents(new EventQuery(f.actor(), f.source(), f.target(), f.cameo(), f.plover(),
                baselineFrom, end, f.location(), f.text(), 1));
        LocalDate recent = recentFrom;
        String sums = ", SUM(CASE WHEN e.date >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN e.date >= ? THEN e.goldstein ELSE 0 END),"
                + " SUM(CASE WHEN e.date < ? THEN 1 ELSE 0 END), SUM(CASE WHEN e.date < ? THEN e.goldstein ELSE 0 END)";
        List<Object> args = new ArrayList<>(List.of(recent, recent, recent, recent));
        args.addAll(w.args());
        List<Move> dyads = db.query("reading dyad changes", "SELECT COALESCE(e.source_code, '-') || '>'"
                + " || COALESCE(e.target_code, '-')" + sums + " FROM events e " + w.sql()
                + " GROUP BY e.source_code, e.target_code", args, ChangeQueries::move);
        List<Object> sideArgs = new ArrayList<>(List.of(recent, recent, recent, recent));
        sideArgs.addAll(w.args());
        sideArgs.addAll(w.args());
        List<Move> actors = db.query("reading actor changes", "SELECT code"
                + sums.replace("e.date", "day").replace("e.goldstein", "goldstein")
                + " FROM (SELECT e.source_code AS code, e.date AS day, e.goldstein FROM events e " + w.sql()
                + " UNION ALL SELECT e.target_code, e.date, e.goldstein FROM events e " + w.sql() + ") a"
                + " WHERE code IS NOT NULL GROUP BY code", sideArgs, ChangeQueries::move);
        return new Changes(end, recentFrom, baselineFrom, largest(dyads, limit), largest(actors, limit),
                flips(f.actor(), issue, recentFrom, end, limit));
    }

    private static Move move(java.sql.ResultSet rs) throws java.sql.SQLException {
        long recent = rs.getLong(2);
        long base = rs.getLong(4);
        return new Move(rs.getString(1), recent, base / 4.0, recent == 0 ? null : rs.getDouble(3) / recent,
                base == 0 ? null : rs.getDouble(5) / base);
    }

    /** The moves with the largest count change, then those with the largest Goldstein change, without repeats. */
    private static List<Move> largest(List<Move> moves, int limit) {
        List<Move> byCount = new ArrayList<>(moves);
        byCount.sort(Comparator.comparingDouble((Move m) -> -Math.abs(m.countChange())).thenComparing(Move::key));
        List<Move> byTone = new ArrayList<>(moves);
        byTone.sort(Comparator.comparingDouble((Move m) -> -Math.abs(m.goldsteinChange())).thenComparing(Move::key));
        java.util.LinkedHashSet<Move> out = new java.util.LinkedHashSet<>();
        for (int i = 0; out.size() < limit && i < moves.size(); i++) {
            out.add(byCount.get(i));
            if (out.size() < limit && byTone.get(i).goldsteinChange() != 0) {
                out.add(byTone.get(i));
            }
        }
        return List.copyOf(out);
    }

    private List<Flip> flips(String holder, String issue, LocalDate recentFrom, LocalDate end, int limit) {
        Where w = StanceStatementQueries.filter(holder, issue, null, end, null).and("s.date IS NOT NULL")
                .and("EXISTS (SELECT 1 FROM stances r WHERE r.holder_code = s.holder_code AND r.issue_key = s.issue_key"
                        + " AND r.date >= ? AND r.date <= ?)", recentFrom, end);
        List<Object[]> rows = db.query("reading stance flips", "SELECT s.holder_code, s.issue_key, s.polarity, s.date"
                + " FROM stances s " + w.sql() + " ORDER BY s.date, s.doc_hash, s.sentence", w.args(),
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), Database.date(rs, 4)});
        Map<List<String>, Object[]> before = new HashMap<>();
        Map<List<String>, Object[]> now = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> key = List.of((String) r[0], (String) r[1]);
            (((LocalDate) r[3]).isBefore(recentFrom) ? before : now).put(key, r);
        }
        List<Flip> out = new ArrayList<>();
        now.forEach((key, n) -> {
            Object[] b = before.get(key);
            if (b != null && !b[2].equals(n[2]) && out.size() < limit) {
                out.add(new Flip(key.get(0), key.get(1), (String) b[2], (LocalDate) b[3], (String) n[2], (LocalDate) n[3]));
            }
        });
        return out;
    }
}
