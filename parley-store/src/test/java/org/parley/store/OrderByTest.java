package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keyset paging on real databases: for several orders over columns with nulls and ties, the
 * pages read through {@link OrderBy#after} are exactly the whole ordered result.
 */
class OrderByTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.parley.store.TestStores#backends")
    void pagesAddUpToTheWholeOrderedResult(String backend) throws Exception {
        String location = TestStores.location(backend, dir, "keyset");
        TestStores.execute(location, "CREATE TABLE k (a INTEGER, b VARCHAR, id INTEGER PRIMARY KEY)");
        try (Database db = Database.connect(location)) {
            Random random = new Random(14);
            db.inTransaction("filling", c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO k VALUES (?, ?, ?)")) {
                    for (int id = 0; id < 60; id++) {
                        st.setObject(1, random.nextInt(5) == 0 ? null : random.nextInt(4));
                        st.setObject(2, random.nextInt(5) == 0 ? null : String.valueOf((char) ('p' + random.nextInt(3))));
                        st.setInt(3, id);
                        st.addBatch();
                    }
                    return st.executeBatch();
                }
            });
            List<OrderBy> orders = List.of(OrderBy.asc("id"), OrderBy.desc("a").thenAsc("id"),
                    OrderBy.asc("a").thenDesc("b").thenAsc("id"), OrderBy.desc("b").thenDesc("a").thenDesc("id"));
            for (OrderBy order : orders) {
                Where filter = new Where().atMost("id", 55);
                List<List<Object>> all = rows(db, filter, order, null, 1000);
                assertEquals(56, all.size());
                List<List<Object>> paged = new ArrayList<>();
                for (List<List<Object>> page = rows(db, filter, order, null, 7); !page.isEmpty();
                     page = rows(db, filter, order, cursor(page.get(page.size() - 1), order), 7)) {
                    paged.addAll(page);
                }
                assertEquals(all, paged, order.sql());
            }
        }
    }

    @Test
    void aCursorHasOneValuePerKey() {
        OrderBy order = OrderBy.desc("date").thenAsc("id");
        assertThrows(IllegalArgumentException.class, () -> order.after(List.of("x")));
        assertEquals("ORDER BY date DESC NULLS LAST, id ASC NULLS LAST", order.sql());
        assertEquals("", order.after(null).sql());
    }

    /** The key values of a row, in the order's key order (a, b, id as the order names them). */
    private static List<Object> cursor(List<Object> row, OrderBy order) {
        String keys = order.sql();
        List<Object> out = new ArrayList<>();
        for (String key : keys.substring("ORDER BY ".length()).split(", ")) {
            String column = key.substring(0, key.indexOf(' '));
            out.add(row.get(List.of("a", "b", "id").indexOf(column)));
        }
        return out;
    }

    private static List<List<Object>> rows(Database db, Where filter, OrderBy order, List<Object> after, int limit) {
        Where w = new Where().and(filter).and(order.after(after));
        return db.query("paging", "SELECT a, b, id FROM k " + w.sql() + " " + order.sql() + " LIMIT " + limit, w.args(),
                rs -> Arrays.asList(rs.getObject(1) == null ? null : rs.getInt(1), rs.getString(2), rs.getInt(3)));
    }
}
