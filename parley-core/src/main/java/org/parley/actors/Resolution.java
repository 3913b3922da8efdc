package org.parley.actors;

import java.util.List;

import org.parley.model.Actor;

/**
 * What a noun phrase resolves to, and why.
 *
 * @param actors       the actors named (several for "Russian and American delegations")
 * @param agentSector  a sector found without a country or name ("the minister"), for coreference
 * @param rule         the resolution rule that decided ("person-role", "country+agent", ...)
 * @param steps        human-readable reasoning, for {@code parley actors lookup}
 */
public record Resolution(List<Actor> actors, String agentSector, String rule, List<String> steps) {

    public Resolution {
        actors = List.copyOf(actors);
        steps = List.copyOf(steps);
    }

    public boolean resolved() {
        return !actors.isEmpty();
    }

    public static Resolution none(String why, List<String> steps) {
        return new Resolution(List.of(), null, why, steps);
    }
}
