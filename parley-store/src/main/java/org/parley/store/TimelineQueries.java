package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events per day or per week (weeks start on Monday), by quad class, with the mean Goldstein
 * score. Filters are a {@link Where} over {@code events e} ({@link EventQueries#onEvents}).
 */
public final class TimelineQueries {

    /** One period: its first day, events per quad class (index 0 = quad 1), and the mean Goldstein score. */
    public record Bucket(LocalDate period, long[] quads, long events, double meanGoldstein) {
    }

    private final Database db;

    public TimelineQueries(Database db) {
        this.db = db;
    }

    /** Every period with a dated event matching {@code filter}, in date order. */
    public List<Bucket> find(Where filter, boolean weekly) {
        Where w = new Where().and(filter).and("e.date IS NOT NULL");
        String period = weekly ? "CAST(date_trunc('week', e.date) AS DATE)" : "e.date";
        List<Object[]> rows = db.query("querying the timeline", "SELECT " + period + ", e.quad, COUNT(*), SUM(e.goldstein)"
                + " FROM events e " + w.sql() + " GROUP BY " + period + ", e.quad", w.args(),
                rs -> new Object[] {Database.date(rs, 1), rs.getInt(2), rs.getLong(3), rs.getDouble(4)});
        Map<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, Double> sums = new TreeMap<>();
        for (Object[] r : rows) {
            LocalDate day = (LocalDate) r[0];
            int quad = (Integer) r[1];
            counts.computeIfAbsent(day, d -> new long[5])[quad >= 1 && quad <= 4 ? quad - 1 : 4] += (Long) r[2];
            sums.merge(day, (Double) r[3], Double::sum);
        }
        List<Bucket> out = new ArrayList<>();
        counts.forEach((day, c) -> {
            long total = Arrays.stream(c).sum();
            out.add(new Bucket(day, Arrays.copyOf(c, 4), total, sums.get(day) / total));
        });
        return out;
    }
}
