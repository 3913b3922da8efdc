package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.store.JdbcEventStore;
import org.parley.store.export.ExportQueries;
import org.parley.store.export.ExportRow;
import org.parley.store.export.FipsCountries;
import org.parley.store.export.GdeltFormat;
import org.parley.store.export.PloverFormat;

/**
 * {@code parley export}: the merged events as GDELT 2.0 event-table TSV, PLOVER records (JSON
 * lines with POLECAT's field names), CSV, or Parquet. A write that fails (a full disk) ends the
 * command with one line and exit code 1; nothing claims to have been written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored events: --format gdelt (GDELT 2.0 event table: 61 tab-separated columns, no "
                + "header), plover (JSON lines with POLECAT's field names; CAMEO 01x statements, which have no PLOVER "
                + "type, are left out), csv (RFC 4180, CRLF), or parquet (DuckDB stores).",
                "Exit code: 0 written, 1 the store or the file failed, 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    enum Format { gdelt, plover, csv, parquet }

    /** The CSV export's columns. */
    static final List<String> CSV_COLUMNS = List.of("event_id", "global_event_id", "date", "source_code",
            "source_name", "source_country", "target_code", "target_name", "target_country", "cameo", "plover", "mode",
            "context", "goldstein", "quad", "location", "location_country", "lat", "lon", "num_mentions",
            "num_articles", "num_sources", "url", "date_added", "example");

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--format", required = true, description = "gdelt, plover, csv or parquet.")
    Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write.")
    Path output;

    @Override
    public Integer call() {
        try (JdbcEventStore db = store.openExisting()) {
            if (format == Format.parquet) {
                new org.parley.store.DuckDbFiles(db.database()).exportParquet(output);
                System.err.println("parley: wrote " + OneLine.of(output.toString()));
                return Main.OK;
            }
            long[] written = {0, 0};
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                if (format == Format.csv) {
                    new CsvWriter(out).write(CSV_COLUMNS);
                }
                FipsCountries fips = FipsCountries.get();
                new ExportQueries(db.database()).forEach(r -> {
                    try {
                        switch (format) {
                            case gdelt -> out.write(GdeltFormat.row(r, fips) + "\n");
                            case plover -> {
                                if (!PloverFormat.has(r)) {
                                    written[1]++;
                                    return;
                                }
                                out.write(PloverFormat.line(r) + "\n");
                            }
                            default -> new CsvWriter(out).write(csv(r));
                        }
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                throw new IllegalStateException("cannot write " + OneLine.of(output.toString()) + ": "
                        + reason(cause) + "; the export is incomplete", e);
            }
            System.err.println("parley: wrote " + written[0] + " events to " + OneLine.of(output.toString())
                    + (written[1] > 0 ? " (" + written[1] + " statements, CAMEO 01x, left out: PLOVER has no type "
                    + "for them)" : ""));
            return Main.OK;
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "no such directory"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : m == null ? e.getClass().getSimpleName() : m;
    }

    /** One CSV record in {@link #CSV_COLUMNS}' order. */
    static List<Object> csv(ExportRow r) {
        return Arrays.asList(r.eventId(), GdeltFormat.globalEventId(r.eventId()), r.date(), r.sourceCode(),
                r.sourceName(), r.sourceCountry(), r.targetCode(), r.targetName(), r.targetCountry(), r.cameo(),
                r.plover(), r.mode(), r.context(), r.goldstein(), r.quad(), r.location(), r.locationCountry(), r.lat(),
                r.lon(), r.mentions(), r.articles(), r.sources(), r.url(),
                r.added() == null ? null : DateTimeFormatter.ISO_INSTANT.format(r.added().atOffset(ZoneOffset.UTC)),
                r.example());
    }
}
