package org.parley.model;

import java.util.Locale;

/** Where a holder stands on an issue. */
public enum Polarity {
    SUPPORT, OPPOSE, CONDITIONAL, UNDECIDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
