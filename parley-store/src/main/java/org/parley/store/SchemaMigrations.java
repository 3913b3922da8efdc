package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store to this build's schema version when it is opened, or refuses it: an empty
 * store is created from {@code schema.sql}; an older one is upgraded in place by
 * {@code migrations/<v>.sql}, one transaction per version step; a newer one, or one whose
 * tables are not what its version says, is refused with one line saying so (the caller names
 * the store). A store is never read under the wrong layout.
 */
final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    /**
     * Version 1's tables and columns, frozen: the layout Parley wrote before stores had a
     * schema_version table, by which such a store is recognized.
     */
    static final Map<String, List<String>> VERSION_1 = new LinkedHashMap<>();

    static {
        VERSION_1.put("documents", List.of("hash", "external_id", "url", "title", "published", "text", "chars",
                "ingested_at"));
        VERSION_1.put("events", List.of("event_id", "date", "source_code", "source_country", "target_code",
                "target_country", "cameo", "root", "plover", "goldstein", "quad", "location", "location_country", "lat",
                "lon"));
        VERSION_1.put("event_mentions", List.of("event_id", "doc_hash", "sentence", "trigger_text", "rule",
                "sentence_text", "span_begin", "span_end"));
        VERSION_1.put("quotes", List.of("doc_hash", "content_begin", "content_end", "content", "speaker_code",
                "speaker_country", "speaker_name", "speaker_text", "cue", "direct"));
        VERSION_1.put("stances", List.of("doc_hash", "sentence", "holder_code", "holder_country", "holder_name",
                "issue_key", "issue_text", "polarity", "strength", "date", "rule"));
        VERSION_1.put("failures", List.of("source", "reason", "failed_at"));
    }

    private SchemaMigrations() {
    }

    /** A store older than this build, opened read-only: it cannot be upgraded through this connection. */
    static final class OlderStore extends StoreException {
        OlderStore(int version, int current) {
            super("it has schema version " + version + ", older than this Parley's " + current + ", and cannot be"
                    + " upgraded read-only; open it once with write access (parley ingest, or any query command on a"
                    + " writable file) to upgrade it", null);
        }
    }

    /**
     * Creates, upgrades or checks the schema of {@code db}; throws {@link StoreException} to
     * refuse it. A read-only connection is never written: an empty or older store is refused.
     */
    static void apply(Database db) {
        StoreSchema schema = StoreSchema.current();
        Map<String, List<String>> found = db.inTransaction("reading its tables",
                SchemaMigrations::parleyTables);
        int version;
        if (found.isEmpty() && db.isReadOnly()) {
            throw new StoreException("it has no Parley tables: no store there; run parley ingest first", null);
        } else if (found.isEmpty()) {
            db.inTransaction("creating its schema", c -> {
                execute(c, schema.statements());
                recordVersion(c, schema.version(), "created");
                return null;
            });
            LOG.info("created store {} at schema version {}", db.describe(), schema.version());
            version = schema.version();
        } else if (found.containsKey("schema_version")) {
            version = db.inTransaction("reading its schema version", SchemaMigrations::versionOf);
        } else {
            requireLayout(found, VERSION_1, 1);
            version = 1;
        }
        if (version > schema.version()) {
            throw new StoreException("it has schema version " + version + ", newer than this Parley's "
                    + schema.version() + "; open it with a newer Parley", null);
        }
        if (version < schema.version() && db.isReadOnly()) {
            throw new OlderStore(version, schema.version());
        }
        for (int v = version + 1; v <= schema.version(); v++) {
            int to = v;
            List<String> steps = StoreSchema.statementsOf(StoreSchema.read("migrations/" + v + ".sql"));
            db.inTransaction("upgrading it to schema version " + v, c -> {
                execute(c, steps);
                recordVersion(c, to, "upgraded from " + (to - 1));
                return null;
            });
            LOG.info("upgraded store {} from schema version {} to {}", db.describe(), v - 1, v);
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        schema.tables().forEach(t -> expected.put(t.name(), t.columnNames()));
        requireLayout(db.inTransaction("reading its tables", SchemaMigrations::parleyTables),
                expected, schema.version());
    }

    /** Refuses the store unless its Parley tables have exactly the columns of {@code layout}. */
    private static void requireLayout(Map<String, List<String>> found, Map<String, List<String>> layout,
                                      int version) {
        for (Map.Entry<String, List<String>> t : layout.entrySet()) {
            List<String> columns = found.get(t.getKey());
            String problem = null;
            if (columns == null) {
                problem = "has no table " + t.getKey();
            } else if (!new TreeSet<>(columns).equals(new TreeSet<>(t.getValue()))) {
                Set<String> missing = new TreeSet<>(t.getValue());
                missing.removeAll(columns);
                Set<String> extra = new TreeSet<>(columns);
                extra.removeAll(t.getValue());
                problem = "has table " + t.getKey() + " with columns " + (missing.isEmpty() ? "" : "missing " + missing)
                        + (missing.isEmpty() || extra.isEmpty() ? "" : " and ") + (extra.isEmpty() ? "" : "extra " + extra);
            }
            if (problem != null) {
                throw new StoreException("it is not a Parley store of schema version " + version + " (it " + problem
                        + "); refusing to read it", null);
            }
        }
    }

    /** The store's tables that share a name with a Parley table of any version, with their columns. */
    private static Map<String, List<String>> parleyTables(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>(VERSION_1.keySet());
        StoreSchema.current().tables().forEach(t -> names.add(t.name()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                if (names.contains(table)) {
                    out.computeIfAbsent(table, k -> new ArrayList<>()).add(rs.getString(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static int versionOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            int v = rs.next() ? rs.getInt(1) : 0;
            if (v < 1) {
                throw new SQLException("its schema_version table is empty");
            }
            return v;
        }
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static void recordVersion(Connection c, int version, String note) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO schema_version (version, applied_at, note)"
                + " VALUES (?, ?, ?)")) {
            st.setInt(1, version);
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.setString(3, note);
            st.executeUpdate();
        }
    }
}
