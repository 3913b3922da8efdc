package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic rows for the benchmarks fit the current schema, and Parquet carries every event column. */
class DuckDbFilesTest {

    @Test
    void syntheticEventsFillTheCurrentSchemaAndExportToParquet(@TempDir Path dir) throws Exception {
        Path parquet = dir.resolve("e.parquet");
        try (JdbcEventStore s = JdbcEventStore.open(dir.resolve("b.duckdb").toString())) {
            DuckDbFiles files = new DuckDbFiles(s.database());
            files.generateSynthetic(500);
            assertEquals(500, s.counts().events());
            assertEquals(500, s.counts().mentions());
            files.exportParquet(parquet);
        }
        assertTrue(Files.size(parquet) > 0);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(mode), SUM(num_mentions) FROM '"
                     + parquet + "'")) {
            rs.next();
            assertEquals(500, rs.getInt(1));
            assertEquals(0, rs.getInt(2), "synthetic events have no PLOVER mode");
            assertEquals(500, rs.getInt(3));
        }
    }
}
