package org.parley.model;

import java.util.Objects;

/**
 * Where an actor stands on an issue.
 *
 * @param strength 0 (barely) to 1 (firmly)
 */
public record Stance(Mention holder, Issue issue, Polarity polarity, double strength, Evidence evidence) {

    public Stance {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(evidence, "evidence");
        if (strength < 0 || strength > 1) {
            throw new IllegalArgumentException("strength out of [0,1]: " + strength);
        }
    }
}
