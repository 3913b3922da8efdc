package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.parley.store.EventRow;

/** GDELT rows: states in the country columns, IGO blocs in the known-group columns. */
class ExportCommandTest {

    private static String[] row(String sourceCode, String sourceCountry, String targetCode, String targetCountry) {
        EventRow r = new EventRow("e1", LocalDate.of(2025, 2, 18), sourceCode, sourceCountry, targetCode, targetCountry,
                "042", "CONSULT", 1.9, 1, null, null, null, null, 1, "text");
        return ExportCommand.gdelt(r).split("\t", -1);
    }

    @Test
    void aStateGoesToTheCountryColumn() {
        String[] c = row("RUSGOV", "RUS", "USAGOV", "USA");
        assertEquals(ExportCommand.GDELT_COLUMNS.length, c.length);
        assertEquals("RUS", c[7]);
        assertEquals("", c[8]);
        assertEquals("USA", c[17]);
    }

    @Test
    void anIgoBlocGoesToTheKnownGroupColumn() {
        String[] c = row("IGOUNO", "UNO", "IGOEUREEC", "EUR");
        assertEquals("Actor1KnownGroupCode", ExportCommand.GDELT_COLUMNS[8]);
        assertEquals("", c[7]);
        assertEquals("UNO", c[8]);
        assertEquals("", c[17]);
        assertEquals("EEC", c[18]);
        String[] other = row("IGOWSTNAT", "IGO", "UKR", "UKR");
        assertEquals("", other[7]);
        assertEquals("", other[8]);
    }
}
