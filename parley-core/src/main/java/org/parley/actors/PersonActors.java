package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * People as actors on a date: the role held that day; outside any role, the phrase's title and
 * country or else the latest former role (as an elite, ELI); a bare or titled surname as the
 * one person of that name in office.
 */
final class PersonActors {

    private final KnowledgeBase kb;
    private final ActorFactory factory;

    PersonActors(KnowledgeBase kb, ActorFactory factory) {
        this.kb = kb;
        this.factory = factory;
    }

    /** A person's actor on a date: the role held that day, else the latest former role (as ELI). */
    Resolution personActor(Person p, String titleSector, Map<String, Term.CountryTerm> titleCountries,
                           LocalDate on, List<String> steps) {
        Optional<RoleSpell> role = p.roleOn(on);
        if (role.isPresent()) {
            RoleSpell r = role.get();
            steps.add(p.name() + " on " + on + ": " + r.role() + " (" + r.start() + " to "
                    + (r.end() == null ? "now" : r.end()) + ")");
            return new Resolution(List.of(spellActor(p, r, r.sector())), null, "person-role", steps);
        }
        Optional<RoleSpell> former = p.lastRoleBefore(on);
        if (titleSector != null || !titleCountries.isEmpty() || former.isEmpty()) {
            String country = !titleCountries.isEmpty() ? titleCountries.values().iterator().next().country().iso3()
                    : former.map(RoleSpell::country).orElseGet(() -> p.nextRoleAfter(on).map(RoleSpell::country).orElse(null));
            steps.add(p.name() + " holds no known office on " + on + "; using the phrase's title and country");
            String code = (country == null ? "---" : factory.cameo(country)) + (titleSector == null ? "" : titleSector);
            if (code.equals("---")) {
                code = "---ELI";
            }
            return new Resolution(List.of(new Actor(code, country, titleSector, ActorKind.PERSON, p.name(), null,
                    "person." + p.id())), null, "person-title", steps);
        }
        RoleSpell r = former.get();
        steps.add(p.name() + " on " + on + ": former " + r.role() + " (to " + r.end() + "), coded as elite (ELI)");
        return new Resolution(List.of(spellActor(p, r, "ELI")), null, "person-former", steps);
    }

    /**
     * A person's actor as of another date than the one it was resolved on (an event's date,
     * not the article's): the role held that day, when the knowledge base has one; else the
     * actor as it was.
     */
    Actor asOn(Actor a, LocalDate date) {
        if (a.kind() != ActorKind.PERSON || a.entity() == null || !a.entity().startsWith("person.")) {
            return a;
        }
        Optional<Person> p = kb.person(a.entity().substring("person.".length()));
        Optional<RoleSpell> role = p.flatMap(x -> x.roleOn(date));
        return role.isPresent() ? spellActor(p.get(), role.get(), role.get().sector()) : a;
    }

    private Actor spellActor(Person p, RoleSpell r, String sector) {
        String country = r.country();
        String code;
        if (r.org() != null && country == null) {
            code = r.org();
            country = kb.blocOf(r.org());
        } else {
            code = (country == null ? "---" : factory.cameo(country)) + (sector == null ? "" : sector);
        }
        return new Actor(code, country, sector, ActorKind.PERSON, p.name(), r.role(), "person." + p.id());
    }

    /**
     * A bare surname ("Trump"): the one person of that surname in office on the date, else
     * the one who left office most recently.
     */
    Resolution bySurname(String surname, LocalDate on, Resolution fallback) {
        List<Person> people = kb.bySurname(surname);
        List<Person> active = people.stream().filter(p -> p.roleOn(on).isPresent()).toList();
        List<Person> pick = active.isEmpty() ? people : active;
        if (pick.isEmpty()) {
            return fallback;
        }
        Person best = pick.stream().max(Comparator.comparing(p -> p.spells().get(p.spells().size() - 1).start()))
                .orElseThrow();
        if (active.size() > 1) {
            return fallback;
        }
        List<String> steps = new ArrayList<>(fallback.steps());
        steps.add("surname '" + surname + "' → " + best.name());
        return personActor(best, null, Map.of(), on, steps);
    }

    /**
     * "President Bush", "Vice President Harris": the one person of that surname holding, on the
     * date, an office of the title's sector (and of the phrase's country, if it names one); among
     * several, the one whose office the phrase's words name ("vice president"). Outside any such
     * office on the date, the one whose office of that sector is nearest in time: a known
     * person keeps the country of their office. Null when no one fits or it stays ambiguous.
     */
    Person titledSurname(String name, String sector, Set<String> countries, String phrase, LocalDate on) {
        if (name.contains(" ")) {
            return null;
        }
        List<Person> named = kb.bySurname(name);
        List<Person> fits = named.stream().filter(p -> p.roleOn(on)
                .filter(r -> fitsTitle(r, sector, countries)).isPresent()).toList();
        if (fits.size() > 1) {
            String lower = phrase.toLowerCase(java.util.Locale.ROOT);
            fits = fits.stream().filter(p -> lower.contains(p.roleOn(on).orElseThrow().role()
                    .toLowerCase(java.util.Locale.ROOT))).toList();
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (!fits.isEmpty()) {
            return null;
        }
        Person nearest = null;
        long best = Long.MAX_VALUE;
        boolean tie = false;
        for (Person p : named) {
            for (RoleSpell r : p.spells()) {
                if (!fitsTitle(r, sector, countries)) {
                    continue;
                }
                long distance = daysBetween(r, on);
                if (distance < best) {
                    best = distance;
                    nearest = p;
                    tie = false;
                } else if (distance == best && p != nearest) {
                    tie = true;
                }
            }
        }
        return tie ? null : nearest;
    }

    private static boolean fitsTitle(RoleSpell r, String sector, Set<String> countries) {
        return sector.equals(r.sector()) && (countries.isEmpty() || countries.contains(r.country()));
    }

    /** Days from a spell to a date outside it (0 inside it). */
    private static long daysBetween(RoleSpell r, LocalDate on) {
        if (on.isBefore(r.start())) {
            return java.time.temporal.ChronoUnit.DAYS.between(on, r.start());
        }
        if (r.end() != null && on.isAfter(r.end())) {
            return java.time.temporal.ChronoUnit.DAYS.between(r.end(), on);
        }
        return 0;
    }
}
