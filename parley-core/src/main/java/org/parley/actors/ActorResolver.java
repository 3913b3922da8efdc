package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Resolves a noun phrase, given as its words, to actors on a date. The rules, in order:
 * a known person by the role held that day; an organisation; countries (by name, demonym,
 * seat of government or, in argument position, capital) combined with an agent word for the
 * sector; an unknown name with a title ("Polish Prime Minister Jan Nowak") as a person of
 * that country and sector. Stateless and thread-safe.
 */
public final class ActorResolver {

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

    public ActorResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Resolves free text ("Polish troops", "the Kremlin") as one noun phrase whose head is its last word. */
    public Resolution resolve(String phrase, LocalDate date) {
        List<String> words = new ArrayList<>();
        for (String w : PhraseIndex.words(phrase)) {
            // Trailing punctuation is not part of a name; a final period is, in abbreviations ("U.S.").
            String x = w.replaceAll("^[\"“‘(\\[]+|[,;:!?\"”’)\\]]+$", "");
            if (x.endsWith(".") && x.indexOf('.') == x.length() - 1) {
                x = x.substring(0, x.length() - 1);
            }
            if (!x.isEmpty()) {
                words.add(x);
            }
        }
        if (words.isEmpty()) {
            return Resolution.none("empty", List.of("no words"));
        }
        boolean[] proper = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            proper[i] = Character.isUpperCase(words.get(i).codePointAt(0));
        }
        return resolveWords(words, proper, words.size() - 1, true, date);
    }

    /**
     * @param words      the phrase's words in order
     * @param proper     which words are proper nouns (unknown ones may be a person's name)
     * @param head       index of the head word
     * @param argument   true when the phrase is a clause argument (subject, agent, possessor),
     *                   where a capital names a government ("Kyiv said")
     * @param date       the document date; null means today
     */
    public Resolution resolveWords(List<String> words, boolean[] proper, int head, boolean argument, LocalDate date) {
        LocalDate on = date == null ? LocalDate.now() : date;
        List<String> steps = new ArrayList<>();
        List<PhraseIndex.Match> matches = kb.index().matchAll(words);
        Term.PersonTerm person = null;
        Term.OrgTerm org = null;
        boolean headCovered = false;
        String sector = null;
        int sectorDistance = Integer.MAX_VALUE;
        Map<String, Term.CountryTerm> countries = new LinkedHashMap<>();
        boolean[] matched = new boolean[words.size()];
        for (PhraseIndex.Match m : matches) {
            for (int i = m.start(); i < m.end(); i++) {
                matched[i] = true;
            }
            if (m.start() <= head && head < m.end()) {
                headCovered = true;
            }
            String surface = String.join(" ", words.subList(m.start(), m.end()));
            Term t = pick(m.terms(), argument);
            steps.add("'" + surface + "' → " + t.entryId());
            if (t instanceof Term.PersonTerm p && person == null) {
                person = p;
            } else if (t instanceof Term.OrgTerm o && org == null) {
                org = o;
            } else if (t instanceof Term.CountryTerm c) {
                if (c.form() == Term.CountryForm.CAPITAL && !argument) {
                    steps.add("capital '" + surface + "' outside an argument position names a place, not a government");
                    continue;
                }
                countries.putIfAbsent(c.country().iso3(), c);
            } else if (t instanceof Term.AgentTerm a) {
                int distance = Math.abs(head - (m.end() - 1));
                if (distance < sectorDistance) {
                    sector = a.sector();
                    sectorDistance = distance;
                }
            }
        }
        String unknownName = unknownName(words, proper, matched, head);

        if (!headCovered && !(unknownName != null && sector != null)) {
            // "NATO's role", "Russia's security": the possessor is its own mention; this phrase names no actor.
            return Resolution.none("head-not-actor", steps);
        }
        if (person != null) {
            return personActor(person.person(), sector, countries, on, steps);
        }
        if (org != null) {
            Organization o = org.org();
            String s = sector != null ? sector : o.sector();
            steps.add("organisation " + o.name() + (s != null ? " with sector " + s : ""));
            return new Resolution(List.of(new Actor(o.code(), o.country(), s, o.kind(), o.name(), null, o.id())),
                    null, "organization", steps);
        }
        if (!countries.isEmpty()) {
            if (unknownName != null && sector != null && proper[head]) {
                Term.CountryTerm c = countries.values().iterator().next();
                steps.add("unknown name '" + unknownName + "' with a title: a person of " + c.country().iso3() + " " + sector);
                return new Resolution(List.of(new Actor(c.country().cameo() + sector, c.country().iso3(), sector,
                        ActorKind.PERSON, unknownName, null, null)), null, "title+name", steps);
            }
            List<Actor> actors = new ArrayList<>();
            for (Term.CountryTerm c : countries.values()) {
                String s = sector;
                if (s == null && (c.form() == Term.CountryForm.SEAT || c.form() == Term.CountryForm.CAPITAL)) {
                    s = "GOV";
                    steps.add("seat or capital as actor names the government");
                }
                actors.add(countryActor(c.country(), s));
            }
            return new Resolution(actors, null, sector != null ? "country+agent" : "country", steps);
        }
        if (unknownName != null && sector != null && proper[head]) {
            steps.add("unknown name '" + unknownName + "' with a title but no country");
            return new Resolution(List.of(new Actor("---" + sector, null, sector, ActorKind.PERSON, unknownName, null,
                    null)), null, "title+name", steps);
        }
        if (sector != null) {
            return new Resolution(List.of(), sector, "agent-only", steps);
        }
        return Resolution.none("no-match", steps);
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
            String code = (country == null ? "---" : cameo(country)) + (titleSector == null ? "" : titleSector);
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

    private Actor spellActor(Person p, RoleSpell r, String sector) {
        String country = r.country();
        String code;
        if (r.org() != null && country == null) {
            code = r.org();
        } else {
            code = (country == null ? "---" : cameo(country)) + (sector == null ? "" : sector);
        }
        return new Actor(code, country, sector, ActorKind.PERSON, p.name(), r.role(), "person." + p.id());
    }

    /** A country's actor with an optional sector. */
    public Actor countryActor(Country c, String sector) {
        String name = sector == null ? c.shortName() : c.shortName() + " " + SECTOR_NAMES.getOrDefault(sector, sector);
        ActorKind kind = sector == null || STATE_SECTORS.contains(sector) ? ActorKind.STATE : ActorKind.GROUP;
        return new Actor(c.cameo() + (sector == null ? "" : sector), c.iso3(), sector, kind, name, null,
                "country." + c.iso3());
    }

    private String cameo(String iso3) {
        return kb.country(iso3).map(Country::cameo).orElse(iso3);
    }

    /** Among the terms of one phrase, people and organisations before countries before agents. */
    private static Term pick(List<Term> terms, boolean argument) {
        Term best = terms.get(0);
        for (Term t : terms) {
            if (rank(t, argument) < rank(best, argument)) {
                best = t;
            }
        }
        return best;
    }

    private static int rank(Term t, boolean argument) {
        if (t instanceof Term.PersonTerm) {
            return 0;
        }
        if (t instanceof Term.OrgTerm) {
            return 1;
        }
        if (t instanceof Term.CountryTerm c) {
            return c.form() == Term.CountryForm.CAPITAL && !argument ? 5 : 2;
        }
        return 3;
    }

    /** Consecutive unmatched proper words ending at the head: a name the knowledge base lacks. */
    private static String unknownName(List<String> words, boolean[] proper, boolean[] matched, int head) {
        if (head < 0 || head >= words.size() || matched[head] || !proper[head]) {
            return null;
        }
        int start = head;
        while (start > 0 && proper[start - 1] && !matched[start - 1]) {
            start--;
        }
        String name = String.join(" ", words.subList(start, head + 1));
        return name.toLowerCase(Locale.ROOT).equals(name) ? null : name;
    }
}
