package org.parley.model;

import java.util.Objects;

/**
 * A resolved actor. {@code code} follows CAMEO conventions (country code plus sector, e.g.
 * {@code RUSGOV}; IGOs such as {@code IGOWSTNAT}); the structured fields always accompany it.
 *
 * @param code    CAMEO-style code, never empty
 * @param country ISO 3166-1 alpha-3 code, or null (IGOs, unknown)
 * @param sector  CAMEO agent code such as {@code GOV} or {@code MIL}, or null
 * @param kind    what sort of actor this is
 * @param name    a readable name ("Sergei Lavrov", "Russia", "Russian government")
 * @param role    for people: the role held on the document's date ("Foreign Minister"), else null
 * @param entity  stable knowledge-base id of the entry that resolved it, or null
 */
public record Actor(String code, String country, String sector, ActorKind kind, String name, String role, String entity) {

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("actor code must not be empty: " + name);
        }
    }

    /** The same actor with a sector added, its code extended to match. */
    public Actor withSector(String newSector) {
        if (newSector == null || newSector.equals(sector)) {
            return this;
        }
        String base = country != null ? country : code;
        return new Actor(base + newSector, country, newSector, kind, name, role, entity);
    }
}
