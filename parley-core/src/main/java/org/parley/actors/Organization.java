package org.parley.actors;

import java.util.List;

import org.parley.model.ActorKind;

/**
 * An international, non-governmental or non-state organisation from {@code kb/organizations.tsv}.
 *
 * @param id      stable entry id ("org.nato")
 * @param code    CAMEO-style code ("IGOWSTNAT")
 * @param country ISO3 for organisations that belong to one country, else null
 * @param sector  agent sector for the organisation's nature, or null
 */
public record Organization(String id, String code, ActorKind kind, String name, List<String> aliases,
                           String country, String sector) {

    public Organization {
        aliases = List.copyOf(aliases);
    }
}
