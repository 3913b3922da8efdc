package org.parley.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person with dated roles, from {@code kb/people.tsv}. Spells are sorted by start date. */
public record Person(String id, String name, List<String> aliases, List<RoleSpell> spells) {

    public Person {
        aliases = List.copyOf(aliases);
        spells = spells.stream().sorted(Comparator.comparing(RoleSpell::start)).toList();
    }

    /** The most salient office held on {@code date}, if any. */
    public Optional<RoleSpell> roleOn(LocalDate date) {
        return spells.stream().filter(s -> s.activeOn(date))
                .max(Comparator.comparingInt(RoleSpell::salience).thenComparing(RoleSpell::start));
    }

    /** The last office that ended before {@code date}, for former office holders. */
    public Optional<RoleSpell> lastRoleBefore(LocalDate date) {
        return spells.stream().filter(s -> s.end() != null && s.end().isBefore(date))
                .max(Comparator.comparing(RoleSpell::end));
    }

    /** The first office that starts after {@code date}, for people not yet in office. */
    public Optional<RoleSpell> nextRoleAfter(LocalDate date) {
        return spells.stream().filter(s -> s.start().isAfter(date)).min(Comparator.comparing(RoleSpell::start));
    }

    public String surname() {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1];
    }
}
