package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Builds the actors the resolution rules decide on: a country with an optional sector, an
 * agent of unknown country ("---MIL"), an organisation with its sectors and bloc. One place for
 * codes and names, so every rule codes the same actor the same way.
 */
final class ActorFactory {

    /** Sectors whose actors are part of the state. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    /** Sector words as readable names for actor labels. */
    private static final Map<String, String> SECTOR_NAMES = Map.ofEntries(
            Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("COP", "police"),
            Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"), Map.entry("REB", "rebels"),
            Map.entry("OPP", "opposition"), Map.entry("CVL", "civilians"), Map.entry("MED", "media"),
            Map.entry("BUS", "business"), Map.entry("EDU", "education"), Map.entry("REL", "religious"),
            Map.entry("ELI", "elites"), Map.entry("REF", "refugees"), Map.entry("CRM", "criminals"),
            Map.entry("SPY", "intelligence"), Map.entry("UAF", "armed group"), Map.entry("LAB", "labour"),
            Map.entry("HLH", "health"), Map.entry("NGO", "NGO"), Map.entry("IGO", "IGO"));

    private final KnowledgeBase kb;

    ActorFactory(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** An agent whose country the words do not say ("soldiers"): CAMEO's "---" prefix. */
    Actor unknownCountry(String sector) {
        return new Actor("---" + sector, null, sector, STATE_SECTORS.contains(sector) ? ActorKind.STATE : ActorKind.GROUP,
                SECTOR_NAMES.getOrDefault(sector, sector), null, null);
    }

    /** The same agent placed in a country, when the context says where it is. */
    Actor placed(Actor unplaced, String iso3) {
        return kb.country(iso3).map(c -> countryActor(c, unplaced.sector())).orElse(unplaced);
    }

    /** The same actor (a person, an office holder) of a country its phrase did not name. */
    Actor inCountry(Actor a, String iso3) {
        String sector = a.sector();
        return new Actor(cameo(iso3) + (sector == null ? "" : sector), iso3, sector, a.kind(), a.name(), a.role(),
                a.entity(), a.otherSectors());
    }

    /** A country's actor with an optional sector. */
    Actor countryActor(Country c, String sector) {
        String name = sector == null ? c.shortName() : c.shortName() + " " + SECTOR_NAMES.getOrDefault(sector, sector);
        ActorKind kind = sector == null || STATE_SECTORS.contains(sector) ? ActorKind.STATE : ActorKind.GROUP;
        return new Actor(c.cameo() + (sector == null ? "" : sector), c.iso3(), sector, kind, name, null,
                "country." + c.iso3());
    }

    /** The CAMEO code of a country (ROM for Romania), or the ISO code itself when unknown. */
    String cameo(String iso3) {
        return kb.country(iso3).map(Country::cameo).orElse(iso3);
    }

    /**
     * An organisation's actor. A firm agent word in the phrase gives the sector ("EU
     * legislators" LEG), else the organisation's own, else a deferring word's ("EU leaders"
     * GOV); the organisation's sectors follow as secondary ones, and an NGO carries NGO among
     * them. An IGO's country is its bloc.
     */
    static Resolution organizationActor(Organization o, String firmSector, String anySector, List<String> steps) {
        String s = firmSector != null ? firmSector : o.sector() != null ? o.sector() : anySector;
        List<String> others = new ArrayList<>();
        if (o.sector() != null) {
            others.add(o.sector());
        }
        others.addAll(o.otherSectors());
        if (o.kind() == ActorKind.NGO) {
            others.add("NGO");
        }
        String country = o.kind() == ActorKind.IGO ? o.bloc() : o.country();
        steps.add("organisation " + o.name() + (s != null ? " with sector " + s : "")
                + (o.bloc() != null ? ", bloc " + o.bloc() : ""));
        return new Resolution(List.of(new Actor(o.code(), country, s, o.kind(), o.name(), null, o.id(), others)),
                null, "organization", steps);
    }
}
