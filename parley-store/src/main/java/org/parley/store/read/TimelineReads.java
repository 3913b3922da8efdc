package org.parley.store.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Events per day or per week (weeks start on Monday), by quad class, with the mean Goldstein score. */
public final class TimelineReads {

    /** One period: its first day, events per quad class (index 0 = quad 1), and the mean Goldstein score. */
    public record Bucket(LocalDate period, long[] quads, long events, double meanGoldstein) {
    }

    private final ReadPool pool;

    public TimelineReads(ReadPool pool) {
        this.pool = pool;
    }

    public List<Bucket> timeline(Filters f, boolean weekly) {
        Where w = Where.events(f).always("e.date IS NOT NULL");
        String period = weekly ? "CAST(date_trunc('week', e.date) AS DATE)" : "e.date";
        List<Object[]> rows = pool.list("SELECT " + period + " AS period, e.quad, COUNT(*), SUM(e.goldstein) FROM events e"
                + w.sql() + " GROUP BY " + period + ", e.quad", w.args(),
                rs -> new Object[] {ReadPool.date(rs, 1), rs.getInt(2), rs.getLong(3), rs.getDouble(4)}, "the timeline");
        Map<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, Double> sums = new TreeMap<>();
        for (Object[] r : rows) {
            LocalDate day = (LocalDate) r[0];
            int quad = (Integer) r[1];
            long[] c = counts.computeIfAbsent(day, d -> new long[5]);
            c[quad >= 1 && quad <= 4 ? quad - 1 : 4] += (Long) r[2];
            sums.merge(day, (Double) r[3], Double::sum);
        }
        List<Bucket> out = new java.util.ArrayList<>();
        counts.forEach((day, c) -> {
            long total = c[0] + c[1] + c[2] + c[3] + c[4];
            out.add(new Bucket(day, java.util.Arrays.copyOf(c, 4), total, sums.get(day) / total));
        });
        return out;
    }
}
