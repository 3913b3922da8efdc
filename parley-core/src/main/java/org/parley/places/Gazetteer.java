package org.parley.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parley.actors.Country;
import org.parley.actors.KnowledgeBase;
import org.parley.actors.Place;
import org.parley.model.Location;
import org.parley.model.Span;

/**
 * Place names to locations. A city name picks the most populous place of that name, unless
 * a place of that name lies in a country the context names; a country name gives the country
 * without coordinates. Immutable and thread-safe.
 */
public final class Gazetteer {

    private final Map<String, List<Place>> byName;
    private final Map<String, Country> countriesByName;

    private Gazetteer(Map<String, List<Place>> byName, Map<String, Country> countriesByName) {
        this.byName = byName;
        this.countriesByName = countriesByName;
    }

    /** The gazetteer over the knowledge base's places and countries. */
    public static Gazetteer load(KnowledgeBase kb) {
        Map<String, List<Place>> byName = new HashMap<>();
        for (Place p : kb.places()) {
            byName.computeIfAbsent(key(p.name()), k -> new ArrayList<>(1)).add(p);
            for (String alt : p.altNames()) {
                byName.computeIfAbsent(key(alt), k -> new ArrayList<>(1)).add(p);
            }
        }
        for (List<Place> places : byName.values()) {
            places.sort(Comparator.comparingLong(Place::population).reversed());
        }
        Map<String, Country> countries = new HashMap<>();
        for (Country c : kb.countries()) {
            countries.putIfAbsent(key(c.shortName()), c);
            countries.putIfAbsent(key(c.name()), c);
            for (String a : c.aliases()) {
                countries.putIfAbsent(key(a), c);
            }
        }
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(countries));
    }

    public int size() {
        return byName.size();
    }

    /**
     * The location a place name denotes, or empty. A name without a capital letter is a common
     * noun and denotes none.
     *
     * @param preferCountry ISO3 of a country the context names, or null
     */
    public Optional<Location> locate(String name, Span span, String preferCountry, String how) {
        if (name.codePoints().noneMatch(Character::isUpperCase)) {
            // "in Israeli tank shelling": a common noun, not the town of Tank in Pakistan.
            return Optional.empty();
        }
        String k = key(name);
        Country c = countriesByName.get(k);
        if (c != null) {
            return Optional.of(new Location(c.shortName(), c.iso3(), null, null, span, how));
        }
        List<Place> places = byName.get(k);
        if (places == null || places.isEmpty()) {
            return Optional.empty();
        }
        Place best = places.get(0);
        if (preferCountry != null) {
            for (Place p : places) {
                if (p.country().equals(preferCountry)) {
                    best = p;
                    break;
                }
            }
        }
        return Optional.of(new Location(best.name(), best.country(), best.lat(), best.lon(), span, how));
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
