package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates of JSONL records and options: the forms corpora use, and null for what is no date. */
class DatesTest {

    @Test
    void basicIsoFormIsADate() {
        assertEquals(LocalDate.of(2008, 8, 6), Dates.parse("20080806"));
        assertEquals(LocalDate.of(2008, 8, 6), Dates.parse("2008-08-06"));
        assertEquals(LocalDate.of(2008, 8, 6), Dates.parse("2008-08-06T10:15:00Z"));
    }

    @Test
    void unreadableDatesAreNoDateSoTheFallbackApplies() {
        assertNull(Dates.parse("121108"));
        assertNull(Dates.parse("20081306"));
        assertNull(Dates.parse(""));
        LocalDate fallback = LocalDate.of(2001, 2, 3);
        var record = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("id", "x").put("text", "Talks resumed.").put("date", "121108");
        assertEquals(fallback, Inputs.document(record, fallback).published());
        assertEquals(LocalDate.of(2008, 8, 6), Inputs.document(record.put("date", "20080806"), fallback).published());
    }
}
