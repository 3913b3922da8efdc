package org.parley.store.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One merged event with what its mentions add, as the exports need it.
 *
 * @param eventId       the store's event id (hex digits of a hash)
 * @param sourceName    the source actor's name as resolved in a reporting sentence, or null
 * @param targetName    the target actor's name, or null
 * @param mentions      sentences that report it
 * @param articles      distinct documents that report it
 * @param sources       distinct sources among them: URL hosts, a document without a URL counting alone
 * @param leadSentence  the lowest sentence index that reports it (0: an article's first sentence)
 * @param url           the URL of the first stored article that reports it (its own, else an alias's), or null
 * @param added         when the first article reporting it was stored, or null
 * @param published     the earliest publication date of the articles, or null
 * @param example       one reporting sentence
 */
public record ExportRow(String eventId, LocalDate date, String sourceCode, String sourceCountry, String sourceName,
                        String targetCode, String targetCountry, String targetName, String cameo, String plover,
                        String mode, String context, double goldstein, int quad, String location,
                        String locationCountry, Double lat, Double lon, int mentions, int articles, int sources,
                        int leadSentence, String url, Instant added, LocalDate published, String example) {
}
