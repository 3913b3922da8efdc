package org.parley.store;

/** A stored quote with its speaker and the document it came from. */
public record QuoteRow(String docHash, String speakerCode, String speakerName, String speakerText, String cue,
                       boolean direct, String content) {
}
