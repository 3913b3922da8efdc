package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The SQL and parameters a {@link Where} builds; the stores' tests run them on real databases. */
class WhereTest {

    @Test
    void nullValuesDoNotFilter() {
        Where w = new Where().equal("a", null).prefix("b", null).containsIgnoringCase("c", null).atLeast("d", null)
                .atMost("d", null).actor(null, "code", "country");
        assertTrue(w.isEmpty());
        assertEquals("", w.sql());
        assertEquals(List.of(), w.args());
    }

    @Test
    void valuesAreBoundNeverWritten() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        Where w = new Where().equal("plover", "REJECT'; DROP TABLE events; --").atLeast("date", from)
                .actor("RUS", "code", "country");
        assertEquals("WHERE plover = ? AND date >= ? AND (code LIKE ? OR country = ?)", w.sql());
        assertEquals(List.of("REJECT'; DROP TABLE events; --", from, "RUS%", "RUS"), w.args());
        assertEquals("HAVING plover = ? AND date >= ? AND (code LIKE ? OR country = ?)", w.clause("HAVING"));
    }

    @Test
    void likeWildcardsInValuesAreEscaped() {
        Where w = new Where().prefix("issue_key", "cease_fire").containsIgnoringCase("content", "50% OFF!");
        assertEquals("WHERE issue_key LIKE ? ESCAPE '!' AND LOWER(content) LIKE ? ESCAPE '!'", w.sql());
        assertEquals(List.of("cease!_fire%", "%50!% off!!%"), w.args());
        assertEquals("WHERE issue_key LIKE ?", new Where().prefix("issue_key", "ceasefire").sql(),
                "no ESCAPE where nothing needs it");
    }

    @Test
    void alternativesJoinWithOrAndSkipEmptyOnes() {
        Where w = new Where().anyOf(new Where().equal("a", 1).equal("b", 2), new Where().equal("c", null),
                new Where().equal("d", 4));
        assertEquals("WHERE ((a = ? AND b = ?) OR d = ?)", w.sql());
        assertEquals(List.of(1, 2, 4), w.args());
        assertTrue(new Where().anyOf(new Where(), new Where().equal("x", null)).isEmpty());
    }

    @Test
    void aConditionMustHaveOneValuePerPlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a = ? OR b = ?", "x"));
        assertEquals(List.of("x", "x"), new Where().and("a = ? OR b = ?", "x", "x").args());
    }
}
