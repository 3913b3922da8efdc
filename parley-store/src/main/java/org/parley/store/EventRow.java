package org.parley.store;

import java.time.LocalDate;

/** One merged event as stored: the dyad, the code, where and when, and how many mentions report it. */
public record EventRow(String eventId, LocalDate date, String sourceCode, String sourceCountry, String targetCode,
                       String targetCountry, String cameo, String plover, double goldstein, int quad,
                       String location, String locationCountry, Double lat, Double lon, int mentions,
                       String exampleText) {
}
