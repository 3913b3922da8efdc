package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A resolved actor. {@code code} follows CAMEO conventions (country code plus sector, e.g.
 * {@code RUSGOV}; IGOs such as {@code IGOWSTNAT}); the structured fields always accompany it.
 *
 * @param code         CAMEO-style code, never empty
 * @param country      ISO 3166-1 alpha-3 code; for an intergovernmental organisation (and a
 *                     person in its office) the PLOVER bloc instead: {@code UNO} for the UN
 *                     system, {@code EUR} for the European Union, {@code IGO} for any other
 *                     (see {@link #BLOCS}); null when unknown
 * @param sector       primary CAMEO/PLOVER sector such as {@code GOV} or {@code MIL}, or null
 * @param kind         what sort of actor this is
 * @param name         a readable name ("Sergei Lavrov", "Russia", "Russian government")
 * @param role         for people: the role held on the document's date ("Foreign Minister"), else null
 * @param entity       stable knowledge-base id of the entry that resolved it, or null
 * @param otherSectors secondary sectors, as PLOVER's "other sector codes" (a breakaway
 *                     region's government is {@code GOV} plus {@code PRE}; an NGO's nature
 *                     plus {@code NGO}); never contains {@code sector}; empty when none
 * @param ethnicity    for a people coded by the country they are in ("ethnic Hungarians in
 *                     Slovakia" is SVK civilians), the country their name says (HUN); else null
 */
public record Actor(String code, String country, String sector, ActorKind kind, String name, String role, String entity,
                    List<String> otherSectors, String ethnicity) {

    /** The non-state codes an IGO actor carries in {@code country}. */
    public static final Set<String> BLOCS = Set.of("UNO", "EUR", "IGO");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("actor code must not be empty: " + name);
        }
        otherSectors = otherSectors == null || otherSectors.isEmpty() ? List.of()
                : otherSectors.stream().filter(s -> s != null && !s.equals(sector)).distinct().toList();
    }

    /** An actor with no secondary sectors. */
    public Actor(String code, String country, String sector, ActorKind kind, String name, String role, String entity) {
        this(code, country, sector, kind, name, role, entity, List.of(), null);
    }

    /** An actor coded by the country its own name gives. */
    public Actor(String code, String country, String sector, ActorKind kind, String name, String role, String entity,
                 List<String> otherSectors) {
        this(code, country, sector, kind, name, role, entity, otherSectors, null);
    }

    /** True when {@code country} names a state (an ISO3 code), not an IGO bloc or nothing. */
    public boolean hasStateCountry() {
        return country != null && !BLOCS.contains(country);
    }

    /** The same actor with a sector added, its code extended to match. */
    public Actor withSector(String newSector) {
        if (newSector == null || newSector.equals(sector)) {
            return this;
        }
        String base = hasStateCountry() ? country : code;
        return new Actor(base + newSector, country, newSector, kind, name, role, entity, otherSectors, ethnicity);
    }
}
