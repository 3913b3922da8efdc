package org.parley.store.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One merged event as a row of GDELT 2.0's event table: its 61 columns in order, tab-separated,
 * with no header (as GDELT's own files). Every column Parley knows is filled, in GDELT's types
 * and code lists; the others (ethnic codes, AvgTone, ADM2 codes, GNS feature ids of
 * places below country level) are empty.
 */
public final class GdeltFormat {

    /** GDELT 2.0's 61 event-table columns, in order. */
    public static final String[] COLUMNS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
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

    /** CAMEO actor type codes (and PLOVER's PRM, PRE) that go to the Type columns. */
    static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
            "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "NGO",
            "NGM", "REF", "SET", "RAD", "MOD", "UIS", "IGO", "IMG", "PRM", "PRE");

    /** CAMEO religion codes, for the Religion columns (CHR, then CTH for a Catholic body). */
    static final Set<String> RELIGIONS = Set.of("ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX",
            "HIN", "HSD", "ITH", "JAN", "JEW", "JHW", "LDS", "MOS", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK",
            "SUN", "TAO", "UDX", "ZRO");

    /** CAMEO known-group codes that Parley's actor codes carry (IGOUNO, IGOWSTNAT, IGOEUREEC, ...). */
    static final Set<String> KNOWN_GROUPS = Set.of("AAM", "ABD", "ACC", "ADB", "AEU", "AFB", "AFU", "ALQ", "AMF",
            "AMN", "AMU", "APE", "ARL", "ASN", "ATD", "BCA", "BIS", "CEM", "CIS", "CPA", "CPC", "CRC", "CSS", "CWN",
            "EBR", "ECA", "EEC", "EFT", "FAO", "FID", "GCC", "GOE", "GOS", "GSS", "HCH", "HCR", "HEZ", "HMS", "HRW",
            "IAD", "IAE", "ICC", "ICG", "ICJ", "ICO", "IDB", "IGC", "ILO", "IMF", "IOM", "IPU", "ITP", "KID", "MSF",
            "NAT", "NEP", "NON", "OAS", "OAU", "OIC", "OPC", "OSC", "PKK", "PLO", "SAA", "SAD", "SOT", "TAL", "UNO",
            "WAD", "WAM", "WAS", "WBK", "WCT", "WEF", "WFP", "WHO", "WTO", "XFM");

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,}");
    private static final Pattern CONTROL = Pattern.compile("[\\t\\r\\n\\x00-\\x1f]");

    private GdeltFormat() {
    }

    /**
     * GDELT's integer GlobalEventID for a store event id: the first 63 bits of the id's hash
     * (the id's own hex digits; other ids are hashed first), so the same event has the same
     * number in every export.
     */
    public static long globalEventId(String eventId) {
        String hex = eventId;
        if (!HEX.matcher(eventId).matches()) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
                hex = java.util.HexFormat.of().formatHex(d, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        long id = Long.parseUnsignedLong(hex.substring(0, 16), 16) & Long.MAX_VALUE;
        return id == 0 ? 1 : id;
    }

    /** The row's 61 fields (empty for what Parley does not know). */
    public static String[] fields(ExportRow r, FipsCountries fips) {
        String[] c = new String[COLUMNS.length];
        Arrays.fill(c, "");
        c[0] = String.valueOf(globalEventId(r.eventId()));
        if (r.date() != null) {
            c[1] = r.date().format(DateTimeFormatter.BASIC_ISO_DATE);
            c[2] = c[1].substring(0, 6);
            c[3] = c[1].substring(0, 4);
            c[4] = String.format(Locale.ROOT, "%.4f", r.date().getYear() + (r.date().getDayOfYear() - 1) / 365.0);
        }
        actor(c, 5, r.sourceCode(), r.sourceCountry(), r.sourceName(), fips);
        actor(c, 15, r.targetCode(), r.targetCountry(), r.targetName(), fips);
        c[25] = r.leadSentence() == 0 ? "1" : "0";
        c[26] = r.cameo();
        c[27] = r.cameo().length() > 3 ? r.cameo().substring(0, 3) : r.cameo();
        c[28] = r.cameo().substring(0, 2);
        c[29] = String.valueOf(r.quad());
        c[30] = String.valueOf(r.goldstein());
        c[31] = String.valueOf(r.mentions());
        c[32] = String.valueOf(r.sources());
        c[33] = String.valueOf(r.articles());
        countryGeo(c, 35, r.sourceCountry(), fips);
        countryGeo(c, 43, r.targetCountry(), fips);
        actionGeo(c, r, fips);
        c[59] = r.added() == null ? "" : ADDED.format(r.added());
        c[60] = r.url() == null ? "" : r.url();
        for (int i = 0; i < c.length; i++) {
            c[i] = CONTROL.matcher(c[i]).replaceAll(" ");
        }
        return c;
    }

    /** The row as GDELT writes it: the fields joined by tabs. */
    public static String row(ExportRow r, FipsCountries fips) {
        return String.join("\t", fields(r, fips));
    }

    /**
     * Code, name, CAMEO country, known group, up to two religion and three type codes of one actor, from
     * column {@code at}. The name is the actor's as resolved in the text, else its country's
     * (as GDELT names a country-level match). The country column holds states only: a bloc (UNO, EUR, IGO) leaves it
     * empty, the UN and the EU go to the known-group column (UNO, EEC).
     */
    private static void actor(String[] c, int at, String code, String country, String name, FipsCountries fips) {
        if (code == null) {
            return;
        }
        c[at] = code;
        FipsCountries.Country known = fips.of(country);
        String n = name != null ? name : known != null ? known.name() : null;
        c[at + 1] = n == null ? "" : n.toUpperCase(Locale.ROOT);
        boolean state = country != null && !org.parley.model.Actor.BLOCS.contains(country);
        c[at + 2] = state ? country : "";
        String group = "UNO".equals(country) ? "UNO" : "EUR".equals(country) ? "EEC" : "";
        int type = 0;
        int religion = 0;
        int from = state && code.startsWith(country) ? 3 : 0;
        for (int i = from; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (TYPES.contains(part)) {
                if (type < 3) {
                    c[at + 7 + type++] = part;
                }
            } else if (RELIGIONS.contains(part)) {
                if (religion < 2) {
                    c[at + 5 + religion++] = part;
                }
            } else if (KNOWN_GROUPS.contains(part) && group.isEmpty()) {
                group = part;
            }
        }
        c[at + 3] = group;
    }

    /** An actor's geography at country level (GDELT type 1): its state's name and FIPS code. */
    private static void countryGeo(String[] c, int at, String country, FipsCountries fips) {
        FipsCountries.Country k = fips.of(country);
        if (k == null) {
            return;
        }
        c[at] = "1";
        c[at + 1] = k.name();
        c[at + 2] = k.fips();
        c[at + 3] = k.fips();
        c[at + 7] = k.fips();
    }

    /**
     * Where it happened: a country (type 1, its FIPS code as ADM1 code and feature id, as GDELT
     * writes country-level matches), else a place in a US state (3) or in the world (4).
     */
    private static void actionGeo(String[] c, ExportRow r, FipsCountries fips) {
        if (r.location() == null) {
            return;
        }
        FipsCountries.Country k = fips.of(r.locationCountry());
        boolean countryLevel = k != null && (r.location().equalsIgnoreCase(k.name())
                || r.location().equalsIgnoreCase(r.locationCountry()));
        c[51] = countryLevel ? "1" : "USA".equals(r.locationCountry()) ? "3" : "4";
        c[52] = countryLevel || k == null ? r.location() : r.location() + ", " + k.name();
        c[53] = k == null ? "" : k.fips();
        c[54] = k == null ? "" : k.fips();
        c[56] = r.lat() == null ? "" : String.valueOf(r.lat());
        c[57] = r.lon() == null ? "" : String.valueOf(r.lon());
        c[58] = countryLevel ? k.fips() : "";
    }
}
