package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** RSS and Atom date forms, dated as written (no shift to UTC). */
class PublicationDatesTest {

    @Test
    void rfc822AndIso8601() {
        assertEquals(LocalDate.of(2025, 2, 18), PublicationDates.parse("Tue, 18 Feb 2025 23:30:00 -0500"));
        assertEquals(LocalDate.of(2025, 2, 8), PublicationDates.parse("8 Feb 2025 10:00 GMT"));
        assertEquals(LocalDate.of(2003, 6, 10), PublicationDates.parse("Tuesday, 10 June 03 04:00:00 EST"));
        assertEquals(LocalDate.of(2025, 3, 11), PublicationDates.parse("2025-03-11T23:59:00+03:00"));
        assertEquals(LocalDate.of(2025, 3, 11), PublicationDates.parse(" 2025-03-11 "));
    }

    @Test
    void nonsenseIsNull() {
        assertNull(PublicationDates.parse(null));
        assertNull(PublicationDates.parse(""));
        assertNull(PublicationDates.parse("yesterday"));
        assertNull(PublicationDates.parse("2025-02-30"));
        assertNull(PublicationDates.parse("31 Foo 2025"));
    }
}
