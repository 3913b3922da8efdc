package org.parley.cli;

import java.time.DateTimeException;
import java.time.LocalDate;

import picocli.CommandLine;

import org.parley.ingest.PublicationDates;

/** Parses date options: the forms {@link PublicationDates#strict} reads, and "today". */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return strict(value);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD): " + e.getMessage());
        }
    }

    /**
     * The date of a record that is not Parley's to correct (a gold file, a phrase list), or null
     * when the text is empty or not a date: the forms {@link #convert} takes, else a date at the
     * start of the text as feeds write it.
     */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return strict(value);
        } catch (DateTimeException e) {
            return PublicationDates.parse(value);
        }
    }

    private static LocalDate strict(String value) {
        return value.strip().equalsIgnoreCase("today") ? LocalDate.now() : PublicationDates.strict(value);
    }
}
