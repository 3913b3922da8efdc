package org.parley.actors;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Decides what a {@link PhraseReading} names, by the first rule that applies: a place name
 * names no actor; a head no match covers names none (its possessor is its own mention); a
 * titled surname is the one holder of such an office; a person by the role held that day, or,
 * holding none, by the organisation the phrase names; an organisation; countries with the
 * agent word's sector (a seat or capital names the government); an unknown name with a title
 * as a person of the phrase's country and sector; an agent word alone as a sector for
 * coreference.
 */
final class ReadingRules {

    private final ActorFactory factory;
    private final PersonActors people;

    ReadingRules(ActorFactory factory, PersonActors people) {
        this.factory = factory;
        this.people = people;
    }

    Resolution decide(PhraseReading r) {
        List<String> steps = new ArrayList<>(r.steps());
        if (r.placeAtHead()) {
            return Resolution.none("place-name", steps);
        }
        String sector = r.sector();
        String unknownName = r.unknownName();
        boolean titledName = unknownName != null && sector != null && r.properHead();
        if (!r.headCovered() && !(unknownName != null && sector != null)) {
            // "NATO's role", "Russia's security": the possessor is its own mention; this phrase names no actor.
            return Resolution.none("head-not-actor", steps);
        }
        if (r.person() == null && r.org() == null && titledName) {
            Person titled = people.titledSurname(unknownName, sector, r.countries().keySet(),
                    String.join(" ", r.words()), r.on());
            if (titled != null) {
                steps.add("'" + unknownName + "' with the title is " + titled.name() + ", of that office"
                        + (titled.roleOn(r.on()).isPresent() ? " on " + r.on() : " nearest " + r.on()));
                return people.personActor(titled, sector, r.countries(), r.on(), steps);
            }
        }
        if (r.person() != null && r.org() != null && r.person().person().roleOn(r.on()).isEmpty()) {
            // "U.N. mediator X", "Hamas leader X" on a day X holds no known office: X acts for the
            // organisation the phrase names, as an unknown titled name would.
            steps.add(r.person().person().name() + " holds no known office on " + r.on()
                    + "; acting for the organisation the phrase names");
            return ActorFactory.organizationActor(r.org().org(), r.sectorDefers() ? null : sector, sector, steps);
        }
        if (r.person() != null) {
            return people.personActor(r.person().person(), sector, r.countries(), r.on(), steps);
        }
        if (r.org() != null) {
            return ActorFactory.organizationActor(r.org().org(), r.sectorDefers() ? null : sector, sector, steps);
        }
        if (!r.countries().isEmpty()) {
            if (titledName) {
                Term.CountryTerm c = r.countries().values().iterator().next();
                steps.add("unknown name '" + unknownName + "' with a title: a person of " + c.country().iso3() + " " + sector);
                return new Resolution(List.of(new Actor(c.country().cameo() + sector, c.country().iso3(), sector,
                        ActorKind.PERSON, unknownName, null, null)), null, "title+name", steps);
            }
            List<Actor> actors = new ArrayList<>();
            for (Term.CountryTerm c : r.countries().values()) {
                String s = sector;
                if (s == null && (c.form() == Term.CountryForm.SEAT || c.form() == Term.CountryForm.CAPITAL)) {
                    s = "GOV";
                    steps.add("seat or capital as actor names the government");
                }
                actors.add(factory.countryActor(c.country(), s));
            }
            return new Resolution(actors, null, sector != null ? "country+agent" : "country", steps);
        }
        if (titledName) {
            steps.add("unknown name '" + unknownName + "' with a title but no country");
            return new Resolution(List.of(new Actor("---" + sector, null, sector, ActorKind.PERSON, unknownName, null,
                    null)), null, "title+name", steps);
        }
        if (sector != null) {
            return new Resolution(List.of(), sector, "agent-only", steps);
        }
        return Resolution.none("no-match", steps);
    }
}
