package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * {@link EventStore} over JDBC. The same portable SQL serves DuckDB (a file, the default) and
 * PostgreSQL ({@code jdbc:postgresql://...}). One connection, used by one writer thread at a
 * time: ingest analyzes in parallel and stores from one thread.
 */
public final class JdbcEventStore implements EventStore {

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS documents (hash VARCHAR PRIMARY KEY, external_id VARCHAR, url VARCHAR,"
            + " title VARCHAR, published DATE, text VARCHAR, chars INTEGER, ingested_at TIMESTAMP)",
        "CREATE TABLE IF NOT EXISTS events (event_id VARCHAR PRIMARY KEY, date DATE, source_code VARCHAR,"
            + " source_country VARCHAR, target_code VARCHAR, target_country VARCHAR, cameo VARCHAR, root VARCHAR,"
            + " plover VARCHAR, goldstein DOUBLE PRECISION, quad INTEGER, location VARCHAR, location_country VARCHAR,"
            + " lat DOUBLE PRECISION, lon DOUBLE PRECISION)",
        "CREATE TABLE IF NOT EXISTS event_mentions (event_id VARCHAR, doc_hash VARCHAR, sentence INTEGER,"
            + " trigger_text VARCHAR, rule VARCHAR, sentence_text VARCHAR, span_begin INTEGER, span_end INTEGER,"
            + " PRIMARY KEY (event_id, doc_hash, sentence))",
        "CREATE TABLE IF NOT EXISTS quotes (doc_hash VARCHAR, content_begin INTEGER, content_end INTEGER,"
            + " content VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR, speaker_name VARCHAR,"
            + " speaker_text VARCHAR, cue VARCHAR, direct BOOLEAN, PRIMARY KEY (doc_hash, content_begin, content_end))",
        "CREATE TABLE IF NOT EXISTS stances (doc_hash VARCHAR, sentence INTEGER, holder_code VARCHAR,"
            + " holder_country VARCHAR, holder_name VARCHAR, issue_key VARCHAR, issue_text VARCHAR, polarity VARCHAR,"
            + " strength DOUBLE PRECISION, date DATE, rule VARCHAR)",
        "CREATE TABLE IF NOT EXISTS failures (source VARCHAR, reason VARCHAR, failed_at TIMESTAMP)",
        // Spans the document view highlights: every actor mention, each event's trigger, each stance's evidence.
        "CREATE TABLE IF NOT EXISTS actor_mentions (doc_hash VARCHAR, span_begin INTEGER, span_end INTEGER,"
            + " code VARCHAR, country VARCHAR, name VARCHAR, PRIMARY KEY (doc_hash, span_begin, span_end))",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS trigger_begin INTEGER",
        "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS trigger_end INTEGER",
        "ALTER TABLE stances ADD COLUMN IF NOT EXISTS sentence_text VARCHAR",
        "ALTER TABLE stances ADD COLUMN IF NOT EXISTS span_begin INTEGER",
        "ALTER TABLE stances ADD COLUMN IF NOT EXISTS span_end INTEGER",
        "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
        "CREATE INDEX IF NOT EXISTS events_source ON events (source_code)",
        "CREATE INDEX IF NOT EXISTS events_target ON events (target_code)",
        "CREATE INDEX IF NOT EXISTS mentions_event ON event_mentions (event_id)",
    };

    private final Connection connection;
    private final String description;

    private JdbcEventStore(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /**
     * Opens (creating if needed) the store at {@code location}: a {@code jdbc:} URL, or a file
     * path for DuckDB.
     */
    public static JdbcEventStore open(String location) {
        try {
            String url;
            String description;
            if (location.startsWith("jdbc:")) {
                url = location;
                description = location.replaceAll("password=[^&]*", "password=***");
            } else {
                Path file = Path.of(location).toAbsolutePath();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                url = "jdbc:duckdb:" + file;
                description = "DuckDB " + file;
            }
            Connection c = DriverManager.getConnection(url);
            JdbcEventStore store = new JdbcEventStore(c, description);
            store.createSchema();
            return store;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
        }
    }

    private void createSchema() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                st.execute(ddl);
            }
        }
        connection.setAutoCommit(false);
        connection.commit();
    }

    @Override
    public Set<String> storedHashes() {
        Set<String> out = new HashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT hash FROM documents")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading stored documents: " + e.getMessage(), e);
        }
    }

    @Override
    public void store(List<Analysis> analyses) {
        try (PreparedStatement doc = connection.prepareStatement("INSERT INTO documents (hash, external_id, url, title,"
                + " published, text, chars, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM documents WHERE hash = ?");
             PreparedStatement event = connection.prepareStatement("INSERT INTO events (event_id, date, source_code,"
                + " source_country, target_code, target_country, cameo, root, plover, goldstein, quad, location,"
                + " location_country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement mention = connection.prepareStatement("INSERT INTO event_mentions (event_id, doc_hash,"
                + " sentence, trigger_text, rule, sentence_text, span_begin, span_end, trigger_begin, trigger_end)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement actorMention = connection.prepareStatement("INSERT INTO actor_mentions (doc_hash,"
                + " span_begin, span_end, code, country, name) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement quote = connection.prepareStatement("INSERT INTO quotes (doc_hash, content_begin,"
                + " content_end, content, speaker_code, speaker_country, speaker_name, speaker_text, cue, direct)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement stance = connection.prepareStatement("INSERT INTO stances (doc_hash, sentence,"
                + " holder_code, holder_country, holder_name, issue_key, issue_text, polarity, strength, date, rule,"
                + " sentence_text, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Set<String> seen = new HashSet<>();
            for (Analysis a : analyses) {
                Document d = a.document();
                String hash = hashOf(d);
                exists.setString(1, hash);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next() || !seen.add(hash)) {
                        continue;
                    }
                }
                doc.setString(1, hash);
                doc.setString(2, d.id());
                doc.setString(3, d.url());
                doc.setString(4, d.title());
                setDate(doc, 5, d.published());
                doc.setString(6, d.text());
                doc.setInt(7, d.text().length());
                doc.setTimestamp(8, Timestamp.from(Instant.now()));
                doc.executeUpdate();
                for (Event e : a.events()) {
                    storeEvent(hash, e, event, mention);
                }
                for (Quote q : a.quotes()) {
                    quote.setString(1, hash);
                    quote.setInt(2, q.content().begin());
                    quote.setInt(3, q.content().end());
                    quote.setString(4, q.contentText());
                    quote.setString(5, q.speaker() == null ? null : q.speaker().code());
                    quote.setString(6, q.speaker() == null ? null : q.speaker().country());
                    quote.setString(7, q.speaker() == null ? null : q.speaker().name());
                    quote.setString(8, q.speakerText());
                    quote.setString(9, q.cue());
                    quote.setBoolean(10, q.direct());
                    quote.addBatch();
                }
                for (Stance s : a.stances()) {
                    stance.setString(1, hash);
                    stance.setInt(2, s.evidence().sentenceIndex());
                    stance.setString(3, s.holder().actor().code());
                    stance.setString(4, s.holder().actor().country());
                    stance.setString(5, s.holder().actor().name());
                    stance.setString(6, s.issue().key());
                    stance.setString(7, s.issue().text());
                    stance.setString(8, s.polarity().label());
                    stance.setDouble(9, s.strength());
                    setDate(stance, 10, d.published());
                    stance.setString(11, s.evidence().rule());
                    stance.setString(12, s.evidence().sentenceText());
                    stance.setInt(13, s.evidence().span().begin());
                    stance.setInt(14, s.evidence().span().end());
                    stance.addBatch();
                }
                Set<Span> mentioned = new HashSet<>();
                for (Mention m : a.mentions()) {
                    if (mentioned.add(m.span())) {
                        actorMention.setString(1, hash);
                        actorMention.setInt(2, m.span().begin());
                        actorMention.setInt(3, m.span().end());
                        actorMention.setString(4, m.actor().code());
                        actorMention.setString(5, m.actor().country());
                        actorMention.setString(6, m.actor().name());
                        actorMention.addBatch();
                    }
                }
            }
            // Rows go in as JDBC batches, one round per table, in the order keys depend on.
            event.executeBatch();
            mention.executeBatch();
            quote.executeBatch();
            stance.executeBatch();
            actorMention.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("storing a batch of " + analyses.size() + " documents: " + e.getMessage(), e);
        }
    }

    /** One event row per source-target pair (GDELT has one actor on each side), one mention per sentence. */
    private static void storeEvent(String hash, Event e, PreparedStatement event, PreparedStatement mention)
            throws SQLException {
        List<Mention> sources = e.source().isEmpty() ? java.util.Collections.singletonList(null) : e.source();
        List<Mention> targets = e.target().isEmpty() ? java.util.Collections.singletonList(null) : e.target();
        for (Mention s : sources) {
            for (Mention t : targets) {
                String location = e.location() == null ? null : e.location().name();
                String id = eventId(String.valueOf(e.date()), code(s), code(t), e.type().code(), location);
                event.setString(1, id);
                setDate(event, 2, e.date());
                event.setString(3, code(s));
                event.setString(4, s == null ? null : s.actor().country());
                event.setString(5, code(t));
                event.setString(6, t == null ? null : t.actor().country());
                event.setString(7, e.type().code());
                event.setString(8, e.type().root());
                event.setString(9, e.type().plover());
                event.setDouble(10, e.type().goldstein());
                event.setInt(11, e.type().quad());
                event.setString(12, location);
                event.setString(13, e.location() == null ? null : e.location().country());
                setDouble(event, 14, e.location() == null ? null : e.location().lat());
                setDouble(event, 15, e.location() == null ? null : e.location().lon());
                event.addBatch();
                mention.setString(1, id);
                mention.setString(2, hash);
                mention.setInt(3, e.evidence().sentenceIndex());
                mention.setString(4, e.evidence().triggerText());
                mention.setString(5, e.evidence().rule());
                mention.setString(6, e.evidence().sentenceText());
                mention.setInt(7, e.evidence().span().begin());
                mention.setInt(8, e.evidence().span().end());
                setInt(mention, 9, e.evidence().trigger() == null ? null : e.evidence().trigger().begin());
                setInt(mention, 10, e.evidence().trigger() == null ? null : e.evidence().trigger().end());
                mention.addBatch();
            }
        }
    }

    private static String code(Mention m) {
        return m == null ? null : m.actor().code();
    }

    /** The merge key of GDELT's event table: date, source, target, code and location. */
    static String eventId(String date, String source, String target, String cameo, String location) {
        String key = date + "|" + source + "|" + target + "|" + cameo + "|" + location;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document's key: the hash of its text, so the same article under another id is stored once. */
    public static String hashOf(Document d) {
        return Document.contentHash(d.text());
    }

    @Override
    public void recordFailure(String source, String reason) {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO failures (source, reason, failed_at) VALUES (?, ?, ?)")) {
            st.setString(1, source);
            st.setString(2, reason);
            st.setTimestamp(3, Timestamp.from(Instant.now()));
            st.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("recording a failure: " + e.getMessage(), e);
        }
    }

    @Override
    public List<EventRow> events(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT e.event_id, e.date, e.source_code, e.source_country, e.target_code,"
                + " e.target_country, e.cameo, e.plover, e.goldstein, e.quad, e.location, e.location_country, e.lat, e.lon,"
                + " COUNT(*) AS n, MIN(m.sentence_text) AS example FROM events e JOIN event_mentions m"
                + " ON m.event_id = e.event_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND (e.source_code LIKE ? OR e.target_code LIKE ? OR e.source_country = ? OR e.target_country = ?)");
            args.add(q.actor() + "%");
            args.add(q.actor() + "%");
            args.add(q.actor());
            args.add(q.actor());
        }
        if (q.source() != null) {
            sql.append(" AND (e.source_code LIKE ? OR e.source_country = ?)");
            args.add(q.source() + "%");
            args.add(q.source());
        }
        if (q.target() != null) {
            sql.append(" AND (e.target_code LIKE ? OR e.target_country = ?)");
            args.add(q.target() + "%");
            args.add(q.target());
        }
        if (q.cameo() != null) {
            sql.append(" AND e.cameo LIKE ?");
            args.add(q.cameo() + "%");
        }
        if (q.plover() != null) {
            sql.append(" AND e.plover = ?");
            args.add(q.plover());
        }
        if (q.from() != null) {
            sql.append(" AND e.date >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND e.date <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (q.location() != null) {
            sql.append(" AND (LOWER(e.location) = LOWER(?) OR e.location_country = ?)");
            args.add(q.location());
            args.add(q.location());
        }
        if (q.text() != null) {
            sql.append(" AND LOWER(m.sentence_text) LIKE ?");
            args.add("%" + q.text().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" GROUP BY e.event_id, e.date, e.source_code, e.source_country, e.target_code, e.target_country,"
                + " e.cameo, e.plover, e.goldstein, e.quad, e.location, e.location_country, e.lat, e.lon"
                + " ORDER BY e.date DESC, n DESC, e.event_id LIMIT ").append(q.limit());
        return query(sql.toString(), args, rs -> {
            Date date = rs.getDate(2);
            return new EventRow(rs.getString(1), date == null ? null : date.toLocalDate(), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getDouble(9), rs.getInt(10), rs.getString(11), rs.getString(12), nullableDouble(rs, 13),
                    nullableDouble(rs, 14), rs.getInt(15), rs.getString(16));
        }, "events");
    }

    @Override
    public List<QuoteRow> quotes(String speaker, String text, int limit) {
        StringBuilder sql = new StringBuilder("SELECT doc_hash, speaker_code, speaker_name, speaker_text, cue, direct, content"
                + " FROM quotes WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (speaker != null) {
            sql.append(" AND (speaker_code LIKE ? OR speaker_country = ?)");
            args.add(speaker + "%");
            args.add(speaker);
        }
        if (text != null) {
            sql.append(" AND LOWER(content) LIKE ?");
            args.add("%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY doc_hash, content_begin LIMIT ").append(limit);
        return query(sql.toString(), args, rs -> new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7)), "quotes");
    }

    @Override
    public List<StanceRow> stances(String actor, String issue, LocalDate from, LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT date, holder_code, holder_country, holder_name, issue_key, polarity,"
                + " strength, issue_text FROM stances WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (actor != null) {
            sql.append(" AND (holder_code LIKE ? OR holder_country = ?)");
            args.add(actor + "%");
            args.add(actor);
        }
        if (issue != null) {
            sql.append(" AND issue_key LIKE ?");
            args.add(issue + "%");
        }
        if (from != null) {
            sql.append(" AND date >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND date <= ?");
            args.add(Date.valueOf(to));
        }
        // The latest rows, so that a limit keeps the current positions; then back into date order.
        sql.append(" ORDER BY date DESC NULLS LAST, doc_hash DESC, sentence DESC LIMIT ").append(limit);
        List<StanceRow> rows = new ArrayList<>(query(sql.toString(), args, rs -> {
            Date d = rs.getDate(1);
            return new StanceRow(d == null ? null : d.toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8));
        }, "stances"));
        java.util.Collections.reverse(rows);
        return rows;
    }

    @Override
    public List<ActorCount> actors(String actor, int limit) {
        StringBuilder sql = new StringBuilder("SELECT code, country, COUNT(*) AS n FROM (SELECT source_code AS code,"
                + " source_country AS country FROM events UNION ALL SELECT target_code, target_country FROM events) a"
                + " WHERE code IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (actor != null) {
            sql.append(" AND (code LIKE ? OR country = ?)");
            args.add(actor + "%");
            args.add(actor);
        }
        sql.append(" GROUP BY code, country ORDER BY n DESC, code LIMIT ").append(limit);
        return query(sql.toString(), args, rs -> new ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3)), "actors");
    }

    /** Reads one row of a result. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> args, RowReader<T> reader, String what) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setObject(i + 1, args.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("querying " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fills a DuckDB store with {@code n} synthetic events (and one mention each) over 2015-2025,
     * among 60 country codes with GOV/MIL/unset sectors, for query benchmarks.
     */
    public void generateSynthetic(long n) {
        if (!description.startsWith("DuckDB")) {
            throw new StoreException("synthetic rows are generated with DuckDB SQL; use a DuckDB store", null);
        }
        String countries = "['RUS','UKR','USA','CHN','GBR','FRA','DEU','POL','ITA','TUR','IRN','ISR','PSE','SYR','IRQ',"
                + "'SAU','EGY','QAT','IND','PAK','AFG','JPN','KOR','PRK','BRA','MEX','CAN','AUS','ZAF','NGA','ETH','SDN',"
                + "'LBY','YEM','LBN','JOR','ARE','KAZ','BLR','GEO','ARM','AZE','HUN','ROU','GRC','ESP','NLD','BEL','SWE',"
                + "'FIN','NOR','DNK','AUT','CHE','CZE','SVK','SRB','VEN','COL','ARG']";
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO events SELECT 'syn' || i, DATE '2015-01-01' + CAST(i * 7919 % 4018 AS INTEGER),"
                    + " c1 || s1, c1, c2 || s2, c2, cameo, substr(cameo, 1, 2), 'SYN', 0.0, 1, NULL, NULL, NULL, NULL"
                    + " FROM (SELECT i, " + countries + "[1 + CAST(i * 31 % 60 AS INTEGER)] AS c1, "
                    + countries + "[1 + CAST(i * 17 % 60 AS INTEGER)] AS c2,"
                    + " ['', 'GOV', 'MIL'][1 + CAST(i % 3 AS INTEGER)] AS s1, ['', 'GOV', 'MIL'][1 + CAST(i * 7 % 3 AS INTEGER)] AS s2,"
                    + " lpad(CAST(10 + i * 13 % 11 AS VARCHAR), 2, '0') || '0' AS cameo FROM range(" + n + ") t(i))");
            st.execute("INSERT INTO event_mentions SELECT event_id, 'synthetic', 0, NULL, 'synthetic', NULL, 0, 0, NULL, NULL FROM events"
                    + " WHERE event_id LIKE 'syn%'");
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("generating synthetic events: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the merged events, with their mention counts and first source URL, to a Parquet
     * file. Needs a DuckDB store, whose engine writes Parquet itself.
     */
    public void exportParquet(Path file) {
        if (!description.startsWith("DuckDB")) {
            throw new StoreException("Parquet export needs a DuckDB store; export CSV from " + description, null);
        }
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement st = connection.createStatement()) {
            st.execute("COPY (SELECT e.*, COUNT(*) AS num_mentions, COUNT(DISTINCT m.doc_hash) AS num_articles,"
                    + " MIN(d.url) AS source_url FROM events e JOIN event_mentions m ON m.event_id = e.event_id"
                    + " JOIN documents d ON d.hash = m.doc_hash GROUP BY ALL ORDER BY e.date, e.event_id)"
                    + " TO '" + target + "' (FORMAT PARQUET)");
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("exporting Parquet to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Counts counts() {
        try (Statement st = connection.createStatement()) {
            long[] n = new long[6];
            String[] tables = {"documents", "events", "event_mentions", "quotes", "stances", "failures"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    rs.next();
                    n[i] = rs.getLong(1);
                }
            }
            connection.commit();
            return new Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
        } catch (SQLException e) {
            rollback();
            throw new StoreException("counting: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + description + ": " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original error is the one worth reporting
        }
    }

    private static void setDate(PreparedStatement st, int i, java.time.LocalDate d) throws SQLException {
        if (d == null) {
            st.setNull(i, Types.DATE);
        } else {
            st.setDate(i, Date.valueOf(d));
        }
    }

    private static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.DOUBLE);
        } else {
            st.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    private static Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
