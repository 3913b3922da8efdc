package org.parley.store;

/**
 * A stored quote with its speaker and where it stands: the document and the quoted words'
 * offsets in its text (together, the quote's key).
 */
public record QuoteRow(String docHash, int contentBegin, int contentEnd, String speakerCode, String speakerName,
                       String speakerText, String cue, boolean direct, String content) {
}
