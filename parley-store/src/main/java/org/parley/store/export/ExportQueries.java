package org.parley.store.export;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.store.Database;

/**
 * Reads every merged event once, in date order (undated last), with what its mentions add: the
 * numbers of mentions, articles and sources, the first article's URL and storage time, and the
 * names of its actors as resolved in the reporting sentences. Rows stream from one query over
 * the mentions, so memory does not grow with the store.
 */
public final class ExportQueries {

    /** An actor's name in the reporting clause, else anywhere in the same document. */
    private static final String NAME = "COALESCE((SELECT MIN(a.name) FROM actor_mentions a WHERE a.doc_hash = m.doc_hash"
            + " AND a.code = e.%1$s AND a.span_begin >= m.span_begin AND a.span_end <= m.span_end),"
            + " (SELECT MIN(a.name) FROM actor_mentions a WHERE a.doc_hash = m.doc_hash AND a.code = e.%1$s))";

    private static final String SQL = "SELECT e.event_id, e.date, e.source_code, e.source_country, e.target_code,"
            + " e.target_country, e.cameo, e.plover, e.mode, e.context, e.goldstein, e.quad, e.location,"
            + " e.location_country, e.lat, e.lon, m.doc_hash, m.sentence, m.sentence_text,"
            + " COALESCE(d.url, (SELECT MIN(al.url) FROM document_aliases al WHERE al.doc_hash = m.doc_hash)), d.ingested_at,"
            + " d.published, " + String.format(NAME, "source_code") + ", " + String.format(NAME, "target_code")
            + " FROM events e JOIN event_mentions m ON m.event_id = e.event_id"
            + " LEFT JOIN documents d ON d.hash = m.doc_hash"
            + " ORDER BY e.date, e.event_id, d.ingested_at, m.doc_hash, m.sentence";

    private final Database db;

    public ExportQueries(Database db) {
        this.db = db;
    }

    /** Hands each event to {@code sink}, in date order; what {@code sink} throws ends the export. */
    public long forEach(Consumer<ExportRow> sink) {
        return db.inTransaction("exporting events", c -> {
            try (PreparedStatement st = c.prepareStatement(SQL)) {
                st.setFetchSize(1000);
                long n = 0;
                try (ResultSet rs = st.executeQuery()) {
                    Builder b = null;
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (b != null && !b.id.equals(id)) {
                            sink.accept(b.build());
                            n++;
                            b = null;
                        }
                        if (b == null) {
                            b = new Builder(rs);
                        }
                        b.add(rs);
                    }
                    if (b != null) {
                        sink.accept(b.build());
                        n++;
                    }
                }
                return n;
            }
        });
    }

    /** The host of a URL, lower-case and without "www.", or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.trim()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Gathers one event's mention rows. */
    private static final class Builder {
        final String id;
        final LocalDate date;
        final String[] event = new String[10];
        final double goldstein;
        final int quad;
        final Double lat;
        final Double lon;
        int mentions;
        int lead = Integer.MAX_VALUE;
        final Set<String> docs = new HashSet<>();
        final Set<String> sources = new HashSet<>();
        String url;
        Instant added;
        LocalDate published;
        String example;
        final Map<String, Integer> sourceNames = new HashMap<>();
        final Map<String, Integer> targetNames = new HashMap<>();

        Builder(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            date = Database.date(rs, 2);
            int[] columns = {3, 4, 5, 6, 7, 8, 9, 10, 13, 14};
            for (int i = 0; i < columns.length; i++) {
                event[i] = rs.getString(columns[i]);
            }
            goldstein = rs.getDouble(11);
            quad = rs.getInt(12);
            lat = Database.nullableDouble(rs, 15);
            lon = Database.nullableDouble(rs, 16);
        }

        void add(ResultSet rs) throws SQLException {
            mentions++;
            String doc = rs.getString(17);
            lead = Math.min(lead, rs.getInt(18));
            if (example == null) {
                example = rs.getString(19);
            }
            String u = rs.getString(20);
            if (docs.add(doc)) {
                String host = host(u);
                sources.add(host != null ? "host:" + host : "doc:" + doc);
            }
            if (url == null && u != null && !u.isBlank()) {
                url = u;
            }
            Timestamp t = rs.getTimestamp(21);
            if (t != null && (added == null || t.toInstant().isBefore(added))) {
                added = t.toInstant();
            }
            LocalDate p = Database.date(rs, 22);
            if (p != null && (published == null || p.isBefore(published))) {
                published = p;
            }
            count(sourceNames, rs.getString(23));
            count(targetNames, rs.getString(24));
        }

        private static void count(Map<String, Integer> names, String name) {
            if (name != null && !name.isBlank()) {
                names.merge(name, 1, Integer::sum);
            }
        }

        /** The name given most often, the first in alphabetical order on a tie. */
        private static String top(Map<String, Integer> names) {
            return names.entrySet().stream().min((a, b) -> a.getValue().equals(b.getValue())
                    ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue()).map(Map.Entry::getKey).orElse(null);
        }

        ExportRow build() {
            return new ExportRow(id, date, event[0], event[1], top(sourceNames), event[2], event[3], top(targetNames),
                    event[4], event[5], event[6], event[7], goldstein, quad, event[8], event[9], lat, lon, mentions,
                    docs.size(), sources.size(), lead == Integer.MAX_VALUE ? 0 : lead, url, added, published, example);
        }
    }
}
