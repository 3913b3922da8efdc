package org.parley.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share {@code hits / total}. Reported figures are rounded to four decimals, half to even
 * on the exact binary value, which is how the reference scorers round.
 */
public record Rate(int hits, int total) {

    public Rate {
        if (hits < 0 || total < 0 || hits > total) {
            throw new IllegalArgumentException("bad rate " + hits + "/" + total);
        }
    }

    /** The share, or 0 when there is nothing to count (precision and recall of events and quotes). */
    public double orZero() {
        return total == 0 ? 0.0 : (double) hits / total;
    }

    /** The share, or null when there is nothing to count (accuracies, quote recalls). */
    public Double orNull() {
        return total == 0 ? null : (double) hits / total;
    }

    /** Rounded to four decimals; null stays null. */
    public static Double round(Double x) {
        if (x == null) {
            return null;
        }
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
