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

    /** The date, or null when the text is empty or not a date. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
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
