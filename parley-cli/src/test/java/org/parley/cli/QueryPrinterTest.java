package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query commands' one printer: RFC 4180 CSV with CRLF, JSON from the row records, a table; lost output. */
class QueryPrinterTest {

    record Row(String name, LocalDate date, Double score) {
    }

    static final QueryPrinter<Row> PRINTER = new QueryPrinter<Row>("row")
            .column("name", 12, Row::name)
            .column("date", 10, Row::date)
            .column("score", 0, Row::score);

    static final List<Row> ROWS = List.of(new Row("plain", LocalDate.of(2025, 3, 11), 1.5),
            new Row("a, b", null, null), new Row("say \"no\"", null, -2.0), new Row("two\nlines\r\nhere", null, 0.0));

    private static String print(QueryOutput.Format format) throws IOException {
        StringWriter out = new StringWriter();
        PRINTER.print(format, ROWS, out);
        return out.toString();
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndEndsRecordsWithCrlf() throws IOException {
        assertEquals("name,date,score\r\n"
                + "plain,2025-03-11,1.5\r\n"
                + "\"a, b\",,\r\n"
                + "\"say \"\"no\"\"\",,-2.0\r\n"
                + "\"two\nlines\r\nhere\",,0.0\r\n", print(QueryOutput.Format.csv));
        assertEquals("x\r\n", CsvWriter.record(Arrays.asList("x")));
        assertEquals(",\r\n", CsvWriter.record(Arrays.asList(null, null)));
    }

    @Test
    void csvReadsBackWholeInACsvReader(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("rows.csv"), print(QueryOutput.Format.csv));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM read_csv('" + csv
                     + "', header = true, quote = '\"', escape = '\"', all_varchar = true)")) {
            for (Row r : ROWS) {
                assertTrue(rs.next());
                assertEquals(r.name(), rs.getString(1));
            }
        }
    }

    @Test
    void jsonIsTheRowRecordsWithIsoDates() throws IOException {
        JsonNode rows = new ObjectMapper().readTree(print(QueryOutput.Format.json));
        assertEquals(4, rows.size());
        assertEquals("2025-03-11", rows.get(0).get("date").asText());
        assertEquals("say \"no\"", rows.get(2).get("name").asText());
        assertTrue(rows.get(1).get("score").isNull());
    }

    @Test
    void aTableHasOneLinePerRowAndACount() throws IOException {
        List<String> lines = print(QueryOutput.Format.table).lines().toList();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("name         date       score"), lines.get(0));
        assertTrue(lines.get(2).startsWith("a, b         -          -"), lines.get(2));
        assertTrue(lines.get(4).startsWith("two\\nlines\\"), "a line break does not break the table: " + lines.get(4));
        assertEquals("4 row(s)", lines.get(5));
    }

    @Test
    void lostStandardOutputExitsOneWithOneLine() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        synchronized (CliRun.class) {
            try {
                System.setOut(new PrintStream(new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("No space left on device");
                    }
                }, true));
                System.setErr(new PrintStream(err, true));
                int code = Main.run("--version");
                assertEquals(1, code);
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
        assertEquals(List.of("parley: " + StdOut.LOST), err.toString().lines().toList());
    }
}
