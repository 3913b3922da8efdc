package org.parley.store;

import java.time.LocalDate;

/** A stored stance: who, on which issue, which way, when. */
public record StanceRow(LocalDate date, String holderCode, String holderCountry, String holderName, String issueKey,
                        String polarity, double strength, String issueText) {
}
