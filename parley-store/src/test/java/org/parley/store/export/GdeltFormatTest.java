package org.parley.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** GDELT rows from single events: ids, actors' codes split into GDELT's columns, FIPS geography. */
class GdeltFormatTest {

    private static ExportRow row(String id, String sourceCode, String sourceCountry, String targetCode,
                                 String targetCountry, String location, String locationCountry) {
        return new ExportRow(id, LocalDate.of(2025, 2, 18), sourceCode, sourceCountry, null, targetCode, targetCountry,
                "Volodymyr Zelenskyy", "0421", "CONSULT", null, null, 1.9, 1, location, locationCountry, 21.5, 39.2, 3,
                2, 1, 0, "https://example.org/a", Instant.parse("2025-02-19T08:30:05Z"), LocalDate.of(2025, 2, 18),
                "text");
    }

    private static String[] fields(ExportRow r) {
        String[] c = GdeltFormat.fields(r, FipsCountries.get());
        assertEquals(61, c.length);
        return c;
    }

    private static String col(String[] c, String name) {
        return c[List.of(GdeltFormat.COLUMNS).indexOf(name)];
    }

    @Test
    void theGlobalEventIdIsAStablePositiveIntegerFromTheEventIdsHash() {
        long a = GdeltFormat.globalEventId("ffffffffffffffffffff");
        assertEquals(Long.MAX_VALUE, a, "the top bit is dropped: positive, 63 bits");
        assertEquals(0x0123456789abcdefL, GdeltFormat.globalEventId("0123456789abcdef0123"));
        assertTrue(GdeltFormat.globalEventId("syn42") > 0, "an id that is not hex is hashed first");
        assertEquals(GdeltFormat.globalEventId("syn42"), GdeltFormat.globalEventId("syn42"));
        assertNotEquals(GdeltFormat.globalEventId("syn42"), GdeltFormat.globalEventId("syn43"));
    }

    @Test
    void statesGoToTheCountryColumnsAndTypesToTheTypeColumns() {
        String[] c = fields(row("0123456789abcdef0123", "RUSGOVMIL", "RUS", "UKRGOV", "UKR", "Jeddah", "SAU"));
        assertEquals("81985529216486895", col(c, "GLOBALEVENTID"));
        assertEquals("20250218", col(c, "SQLDATE"));
        assertEquals("RUS", col(c, "Actor1CountryCode"));
        assertEquals("GOV", col(c, "Actor1Type1Code"));
        assertEquals("MIL", col(c, "Actor1Type2Code"));
        assertEquals("RUSSIA", col(c, "Actor1Name"), "no name from the text: its country's");
        assertEquals("VOLODYMYR ZELENSKYY", col(c, "Actor2Name"));
        assertEquals("1", col(c, "Actor1Geo_Type"));
        assertEquals("RS", col(c, "Actor1Geo_CountryCode"), "FIPS 10-4, not ISO");
        assertEquals("UP", col(c, "Actor2Geo_CountryCode"));
        assertEquals("4", col(c, "ActionGeo_Type"));
        assertEquals("Jeddah, Saudi Arabia", col(c, "ActionGeo_FullName"));
        assertEquals("SA", col(c, "ActionGeo_CountryCode"));
        assertEquals("21.5", col(c, "ActionGeo_Lat"));
        assertEquals("3", col(c, "NumMentions"));
        assertEquals("1", col(c, "NumSources"));
        assertEquals("2", col(c, "NumArticles"));
        assertEquals("1", col(c, "IsRootEvent"));
        assertEquals("042", col(c, "EventBaseCode"));
        assertEquals("04", col(c, "EventRootCode"));
        assertEquals("20250219083005", col(c, "DATEADDED"));
        assertEquals("https://example.org/a", col(c, "SOURCEURL"));
    }

    @Test
    void anIgoBlocGoesToTheKnownGroupColumnAndACountryNamesItself() {
        String[] c = fields(row("0123456789abcdef0123", "IGOUNO", "UNO", "IGOEUREEC", "EUR", "Ukraine", "UKR"));
        assertEquals("", col(c, "Actor1CountryCode"));
        assertEquals("UNO", col(c, "Actor1KnownGroupCode"));
        assertEquals("IGO", col(c, "Actor1Type1Code"));
        assertEquals("", col(c, "Actor1Geo_CountryCode"), "a bloc has no FIPS code");
        assertEquals("EEC", col(c, "Actor2KnownGroupCode"));
        assertEquals("1", col(c, "ActionGeo_Type"), "a country-level place");
        assertEquals("UP", col(c, "ActionGeo_FeatureID"));
        String[] nato = fields(row("0123456789abcdef0123", "IGOWSTNAT", "IGO", "UKR", "UKR", null, null));
        assertEquals("NAT", col(nato, "Actor1KnownGroupCode"));
        assertEquals("VOLODYMYR ZELENSKYY", col(nato, "Actor2Name"), "a name from the text wins");
        assertEquals("", col(nato, "ActionGeo_Type"), "no place, no action geography");
        String[] church = fields(row("0123456789abcdef0123", "NGOCHRCTH", null, "UKR", "UKR", null, null));
        assertEquals("CHR", col(church, "Actor1Religion1Code"));
        assertEquals("CTH", col(church, "Actor1Religion2Code"));
        assertEquals("NGO", col(church, "Actor1Type1Code"));
    }

    @Test
    void fieldsNeverHoldTabsOrLineBreaks() {
        ExportRow r = new ExportRow("0123456789abcdef0123", null, "RUS", "RUS", "a\tb\nc", null, null, null, "010",
                null, null, null, 0, 1, null, null, null, null, 1, 1, 1, 4, null, null, null, "x");
        String line = GdeltFormat.row(r, FipsCountries.get());
        assertEquals(61, line.split("\t", -1).length);
        assertTrue(line.contains("A B C"));
        assertEquals("0", col(fields(r), "IsRootEvent"), "not reported in a first sentence");
        assertEquals("", col(fields(r), "SQLDATE"), "undated");
    }

    @Test
    void everyCountryOfTheKnowledgeBaseHasAFipsCodeButThreeThatHaveNone() throws Exception {
        FipsCountries fips = FipsCountries.get();
        java.util.Set<String> codes = new java.util.HashSet<>();
        try (var in = FipsCountries.class.getResourceAsStream("/parley/kb/countries.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.startsWith("iso3\t") && !line.isBlank()) {
                    String iso3 = line.split("\t")[0];
                    if (!List.of("ALA", "BES", "UMI").contains(iso3)) {
                        assertTrue(fips.of(iso3) != null, iso3 + " has no FIPS code");
                    }
                }
            }
        }
        for (FipsCountries.Country c : fips.all().values()) {
            assertTrue(c.fips().matches("[A-Z]{2}"), c.toString());
            assertTrue(codes.add(c.fips()), "two countries share " + c.fips());
        }
        assertEquals("GM", fips.fips("DEU"));
        assertEquals("UK", fips.fips("GBR"));
        assertEquals("CH", fips.fips("CHN"));
        assertEquals("IZ", fips.fips("IRQ"));
        assertEquals("", fips.fips("EUR"));
    }
}
