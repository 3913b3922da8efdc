package org.parley.eval;

/**
 * One line of the per-type table: how many gold and system items have this type, how many
 * gold items were found (recall) and how many system items were right (precision).
 */
public record TypeRow(String type, int gold, int system, int found, int right) {

    public TypeRow {
        if (found > gold || right > system) {
            throw new IllegalArgumentException(type + ": found " + found + " of " + gold + ", right " + right
                    + " of " + system);
        }
    }

    /** Null when gold has no item of this type. */
    public Double recall() {
        return new Rate(found, gold).orNull();
    }

    /** Null when the system gave no item of this type. */
    public Double precision() {
        return new Rate(right, system).orNull();
    }
}
