package org.parley.store;

import java.nio.file.Path;
import java.sql.Statement;

/**
 * What only a DuckDB store can do, with DuckDB's own SQL: write Parquet, and generate synthetic
 * events for query benchmarks.
 */
public final class DuckDbFiles {

    private static final String COUNTRIES = "['RUS','UKR','USA','CHN','GBR','FRA','DEU','POL','ITA','TUR','IRN','ISR',"
            + "'PSE','SYR','IRQ','SAU','EGY','QAT','IND','PAK','AFG','JPN','KOR','PRK','BRA','MEX','CAN','AUS','ZAF','NGA',"
            + "'ETH','SDN','LBY','YEM','LBN','JOR','ARE','KAZ','BLR','GEO','ARM','AZE','HUN','ROU','GRC','ESP','NLD','BEL',"
            + "'SWE','FIN','NOR','DNK','AUT','CHE','CZE','SVK','SRB','VEN','COL','ARG']";

    private final Database db;

    public DuckDbFiles(Database db) {
        this.db = db;
    }

    /**
     * Writes the merged events, with their mention counts and first source URL, to a Parquet
     * file.
     */
    public void exportParquet(Path file) {
        if (!db.isDuckDb()) {
            throw new StoreException("Parquet export needs a DuckDB store; export CSV from " + db.describe(), null);
        }
        // COPY takes no parameter for its target: the path is quoted as an SQL string literal.
        String target = file.toAbsolutePath().toString().replace("'", "''");
        db.inTransaction("exporting Parquet to " + file, c -> {
            try (Statement st = c.createStatement()) {
                return st.execute("COPY (SELECT e.*, COUNT(*) AS num_mentions, COUNT(DISTINCT m.doc_hash) AS num_articles,"
                        + " MIN(d.url) AS source_url FROM events e JOIN event_mentions m ON m.event_id = e.event_id"
                        + " LEFT JOIN documents d ON d.hash = m.doc_hash GROUP BY ALL ORDER BY e.date, e.event_id)"
                        + " TO '" + target + "' (FORMAT PARQUET)");
            }
        });
    }

    /**
     * Fills the store with {@code n} synthetic events (and one mention each) over 2015-2025,
     * among 60 country codes with GOV/MIL/unset sectors, for query benchmarks.
     */
    public void generateSynthetic(long n) {
        if (!db.isDuckDb()) {
            throw new StoreException("synthetic rows are generated with DuckDB SQL; use a DuckDB store", null);
        }
        db.inTransaction("generating synthetic events", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO events SELECT 'syn' || i, DATE '2015-01-01' + CAST(i * 7919 % 4018 AS INTEGER),"
                        + " c1 || s1, c1, c2 || s2, c2, cameo, substr(cameo, 1, 2), 'SYN', 0.0, 1, NULL, NULL, NULL, NULL, NULL, NULL"
                        + " FROM (SELECT i, " + COUNTRIES + "[1 + CAST(i * 31 % 60 AS INTEGER)] AS c1, "
                        + COUNTRIES + "[1 + CAST(i * 17 % 60 AS INTEGER)] AS c2,"
                        + " ['', 'GOV', 'MIL'][1 + CAST(i % 3 AS INTEGER)] AS s1,"
                        + " ['', 'GOV', 'MIL'][1 + CAST(i * 7 % 3 AS INTEGER)] AS s2,"
                        + " lpad(CAST(10 + i * 13 % 11 AS VARCHAR), 2, '0') || '0' AS cameo FROM range(" + n + ") t(i))");
                return st.execute("INSERT INTO event_mentions (event_id, doc_hash, sentence, trigger_text, rule, sentence_text,"
                        + " span_begin, span_end) SELECT event_id, 'synthetic', 0, NULL, 'synthetic', NULL,"
                        + " 0, 0 FROM events WHERE event_id LIKE 'syn%'");
            }
        });
    }
}
