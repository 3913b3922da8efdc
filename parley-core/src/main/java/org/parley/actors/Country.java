package org.parley.actors;

import java.util.List;

/**
 * A country or territory from {@code kb/countries.tsv}.
 *
 * @param iso3  ISO 3166-1 alpha-3 code
 * @param cameo CAMEO country code (differs from ISO3 for a few, e.g. Romania ROM)
 * @param name  official name
 * @param shortName common short name ("Russia")
 */
public record Country(String iso3, String cameo, String name, String shortName, List<String> aliases,
                      List<String> demonyms, List<String> capitals, List<String> seats) {

    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        seats = List.copyOf(seats);
    }
}
