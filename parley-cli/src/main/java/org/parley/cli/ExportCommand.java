package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parley.model.Actor;
import org.parley.output.JsonOutput;
import org.parley.store.EventQuery;
import org.parley.store.EventRow;
import org.parley.store.JdbcEventStore;
import org.parley.output.Csv;

/**
 * {@code parley export}: the merged events as GDELT 2.0 event-table TSV (the columns Parley
 * has, the others empty), PLOVER-style JSON lines, CSV, or Parquet.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events: --format gdelt (GDELT 2.0 event table, tab-separated), plover (JSON lines), "
                + "csv, or parquet (DuckDB stores).")
final class ExportCommand implements Callable<Integer> {

    enum Format { gdelt, plover, csv, parquet }

    /** GDELT 2.0's 61 event-table columns, in order. */
    static final String[] GDELT_COLUMNS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
        "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
        "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
        "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"};

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--format", required = true, description = "gdelt, plover, csv or parquet.")
    Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (JdbcEventStore db = store.open()) {
            if (format == Format.parquet) {
                db.exportParquet(output);
                System.err.println("parley: wrote " + output);
                return Main.OK;
            }
            int n = 0;
            try (PrintWriter out = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8)))) {
                if (format == Format.csv) {
                    out.println("event_id,date,source_code,source_country,target_code,target_country,cameo,plover,"
                            + "goldstein,quad,location,location_country,lat,lon,num_mentions");
                }
                for (EventRow r : db.events(EventQuery.all(Integer.MAX_VALUE))) {
                    switch (format) {
                        case gdelt -> out.println(gdelt(r));
                        case plover -> out.println(JsonOutput.mapper().writeValueAsString(plover(r)));
                        default -> out.println(csv(r));
                    }
                    n++;
                }
            }
            System.err.println("parley: wrote " + n + " events to " + output);
            return Main.OK;
        }
    }

    /** One GDELT 2.0 event-table row: the columns Parley has, the others empty. */
    static String gdelt(EventRow r) {
        String[] c = new String[GDELT_COLUMNS.length];
        java.util.Arrays.fill(c, "");
        c[0] = r.eventId();
        if (r.date() != null) {
            c[1] = r.date().format(DateTimeFormatter.BASIC_ISO_DATE);
            c[2] = c[1].substring(0, 6);
            c[3] = c[1].substring(0, 4);
            c[4] = String.format(Locale.ROOT, "%.4f", r.date().getYear() + (r.date().getDayOfYear() - 1) / 365.0);
        }
        c[5] = nz(r.sourceCode());
        c[7] = gdeltCountry(r.sourceCountry());
        c[8] = gdeltKnownGroup(r.sourceCountry());
        c[15] = nz(r.targetCode());
        c[17] = gdeltCountry(r.targetCountry());
        c[18] = gdeltKnownGroup(r.targetCountry());
        c[25] = "1";
        c[26] = r.cameo();
        c[27] = r.cameo().length() > 3 ? r.cameo().substring(0, 3) : r.cameo();
        c[28] = r.cameo().substring(0, 2);
        c[29] = String.valueOf(r.quad());
        c[30] = String.valueOf(r.goldstein());
        c[31] = String.valueOf(r.mentions());
        if (r.location() != null) {
            c[51] = r.lat() == null ? "1" : "4";
            c[52] = r.location();
            c[53] = nz(r.locationCountry());
            c[56] = r.lat() == null ? "" : String.valueOf(r.lat());
            c[57] = r.lon() == null ? "" : String.valueOf(r.lon());
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].replace('\t', ' ');
        }
        return String.join("\t", c);
    }

    /**
     * GDELT's country column holds states only: an IGO actor's bloc ({@code UNO}, {@code EUR},
     * {@code IGO}, see {@link Actor#BLOCS}) leaves it empty and goes to the known-group column.
     */
    static String gdeltCountry(String country) {
        return country == null || Actor.BLOCS.contains(country) ? "" : country;
    }

    /** GDELT's known-group code for a bloc: the UN is {@code UNO}, the EU CAMEO's {@code EEC}; other IGOs none. */
    static String gdeltKnownGroup(String country) {
        if ("UNO".equals(country)) {
            return "UNO";
        }
        return "EUR".equals(country) ? "EEC" : "";
    }

    /** A PLOVER-style record (POLECAT field names where they exist). */
    static ObjectNode plover(EventRow r) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("id", r.eventId());
        o.put("date", r.date() == null ? null : r.date().toString());
        o.put("event_type", r.plover());
        o.put("cameo", r.cameo());
        ObjectNode actors = o.putObject("actors");
        actors.putObject("source").put("code", r.sourceCode()).put("country", r.sourceCountry());
        actors.putObject("target").put("code", r.targetCode()).put("country", r.targetCountry());
        if (r.location() != null) {
            ObjectNode loc = o.putObject("location");
            loc.put("name", r.location());
            loc.put("country", r.locationCountry());
            loc.put("lat", r.lat());
            loc.put("lon", r.lon());
        }
        o.put("goldstein", r.goldstein());
        o.put("quad", r.quad());
        o.put("num_mentions", r.mentions());
        o.put("example", r.exampleText());
        return o;
    }

    private static String csv(EventRow r) {
        return Csv.row(r.eventId(), r.date(), r.sourceCode(), r.sourceCountry(), r.targetCode(), r.targetCountry(),
                r.cameo(), r.plover(), r.goldstein(), r.quad(), r.location(), r.locationCountry(), r.lat(), r.lon(),
                r.mentions());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
