package org.parley.cli;

import java.time.LocalDate;

import picocli.CommandLine;

/** Parses YYYY-MM-DD options, also the compact YYYYMMDD form some corpora use. */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        LocalDate d = parse(value);
        if (d == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
        return d;
    }

    private static final java.time.format.DateTimeFormatter[] WRITTEN = {
        java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH),
        java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.ENGLISH),
        java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH),
        java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH),
    };

    /**
     * The date, or null when the text is empty or not a date. Accepts ISO dates (with or
     * without a time), YYYYMMDD, "10 May 2015", "May 10, 2015" and "today".
     */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("today")) {
            return LocalDate.now();
        }
        for (java.time.format.DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(v, f);
            } catch (java.time.DateTimeException e) {
                // try the next form
            }
        }
        try {
            if (v.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6, 8)));
            }
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
