package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as feeds and pages write them: ISO 8601 ({@code 2025-03-11},
 * {@code 2025-03-11T18:30:02+03:00}, Atom and HTML meta tags) and RFC 822 ({@code Tue, 11 Mar
 * 2025 18:30:02 GMT}, RSS). The date is the one the outlet wrote, in its own time zone: an
 * article is dated where it was published, not in UTC.
 */
public final class PublicationDates {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RFC_822 = Pattern.compile("^\\s*(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2}|\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern WHOLE_ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern BASIC_ISO = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WHOLE_RFC_822 = Pattern.compile("(?:[A-Za-z]{3,9},?\\s+)?\\d{1,2}\\s+[A-Za-z]{3,9}\\.?\\s+"
            + "(?:\\d{2}|\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[A-Za-z]{1,5}|[+-]\\d{4}))?)?");
    private static final DateTimeFormatter[] WRITTEN = {
        DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
    };

    private PublicationDates() {
    }

    /**
     * The date that the whole of {@code s} writes, for dates a user or a data file gives: ISO
     * 8601 ({@code 2025-02-18}, with a time and zone or not), the basic form {@code 20250218},
     * RFC 822 and written dates ({@code 18 February 2025}, {@code Feb 18, 2025}). Nothing is
     * dropped or guessed: {@code 2025-02-30} and {@code 2025-02-18garbage} are errors.
     *
     * @throws DateTimeException with a message saying why {@code s} is not a date
     */
    public static LocalDate strict(String s) {
        String v = s.strip();
        Matcher iso = WHOLE_ISO.matcher(v);
        if (iso.matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            if (iso.group(4) != null) {
                java.time.LocalTime.parse(iso.group(4).length() == 5 ? iso.group(4) + ":00" : iso.group(4));
            }
            return d;
        }
        Matcher basic = BASIC_ISO.matcher(v);
        if (basic.matches()) {
            return LocalDate.of(Integer.parseInt(basic.group(1)), Integer.parseInt(basic.group(2)),
                    Integer.parseInt(basic.group(3)));
        }
        if (WHOLE_RFC_822.matcher(v).matches()) {
            LocalDate d = parse(v);
            if (d != null) {
                return d;
            }
            throw new DateTimeException("no such day or month");
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeException e) {
                // the next form
            }
        }
        Matcher prefix = ISO.matcher(v);
        if (prefix.find() && parse(v) != null) {
            throw new DateTimeException("text after the date: \"" + v.substring(prefix.end()) + "\"");
        }
        throw new DateTimeException("not a date in a form Parley reads (2025-02-18, 2025-02-18T10:00:00Z, 20250218, "
                + "Tue, 18 Feb 2025, 18 February 2025, February 18, 2025)");
    }

    /** The date, or null when {@code s} is null, blank or neither format. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher rfc = RFC_822.matcher(s);
            if (rfc.find()) {
                Integer month = MONTHS.get(rfc.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                int year = Integer.parseInt(rfc.group(3));
                // RFC 822 allows two-digit years; RFC 1123 made them four. Read 70-99 as 19xx.
                if (year < 100) {
                    year += year >= 70 ? 1900 : 2000;
                }
                return LocalDate.of(year, month, Integer.parseInt(rfc.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
