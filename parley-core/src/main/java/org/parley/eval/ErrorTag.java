package org.parley.eval;

/** What went wrong with one gold item (or one system item, for {@link #SPURIOUS}). */
public enum ErrorTag {
    /** Events: the record has gold events and no system event at all. */
    SILENT("silent"),
    /** Events: the record has system events, none of the gold event's type. */
    WRONG_TYPE("wrong type"),
    /** Events: the type matches; the gold source is not found because the system event has none. */
    MISSING_SOURCE("missing source"),
    /** Events: the type and source match; the system event has no target. */
    MISSING_TARGET("missing target"),
    /** Events: the type matches; a side names other countries, or source and target are swapped. */
    WRONG_SIDE("wrong side"),
    /** Events and quotes: a system item that no gold item of its record accounts for. */
    SPURIOUS("spurious"),
    /** Actors: no actor resolved. */
    UNRESOLVED("unresolved"),
    /** Actors: the country differs from gold (the sector may be right). */
    WRONG_COUNTRY("wrong country"),
    /** Actors: the country is right or not asked; the sector differs from gold. */
    WRONG_SECTOR("wrong sector"),
    /** Quotes: no system quote overlaps the gold attribution's content. */
    MISSED("missed"),
    /** Quotes: a direct quote is found, but its speaker mention misses the gold source. */
    WRONG_SPEAKER("wrong speaker");

    private final String label;

    ErrorTag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
