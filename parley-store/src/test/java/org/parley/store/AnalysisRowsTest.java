package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.model.Analysis;

/**
 * The rows {@link AnalysisRows} gives for an analysis are the rows {@link AnalysisWriter} stores:
 * same tables, one value per schema column, and the same keys once events are merged.
 */
class AnalysisRowsTest {

    @TempDir
    Path dir;

    @Test
    void rowsAreWhatTheWriterStores() throws Exception {
        Analysis a = JdbcEventStoreTest.example("wire-1", "");
        Map<String, List<Object[]>> rows = AnalysisRows.of(a, Instant.EPOCH);
        assertEquals(AnalysisRows.DOCUMENT_TABLES, List.copyOf(rows.keySet()));
        for (Map.Entry<String, List<Object[]>> t : rows.entrySet()) {
            int columns = StoreSchema.current().table(t.getKey()).columns().size();
            for (Object[] row : t.getValue()) {
                assertEquals(columns, row.length, "values of a " + t.getKey() + " row");
            }
        }
        assertTrue(rows.get("events").size() > 3, "the example reports events");
        try (JdbcEventStore store = JdbcEventStore.open(dir.resolve("store.duckdb").toString())) {
            store.store(List.of(a));
            Set<String> eventIds = new LinkedHashSet<>();
            rows.get("events").forEach(r -> eventIds.add((String) r[0]));
            assertEquals(Set.copyOf(column(store, "SELECT event_id FROM events")), eventIds);
            for (String t : List.of("documents", "event_mentions", "quotes", "stances", "actor_mentions")) {
                assertEquals(count(store, t), rows.get(t).size(), t + " rows");
            }
            assertEquals(rows.get("event_mentions").size(), rows.get("events").size(), "one event row per mention");
            assertEquals(column(store, "SELECT hash FROM documents"), List.of(rows.get("documents").get(0)[0]));
            assertEquals(LocalDate.of(2025, 3, 11), rows.get("documents").get(0)[4]);
        }
    }

    private static long count(JdbcEventStore store, String table) {
        return Long.parseLong(column(store, "SELECT COUNT(*) FROM " + table).get(0));
    }

    private static List<String> column(JdbcEventStore store, String sql) {
        return store.database().inTransaction("reading", c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
