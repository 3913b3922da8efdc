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

    /**
     * Resolves free text known to name an actor ("Polish troops", "the Kremlin", "four Saudi
     * men", "soldiers"), as {@code parley resolve} and {@code actors lookup} do: when the head
     * names no actor, an actor named inside the phrase is taken, and a bare agent word gives an
     * actor of unknown country.
     */
    public Resolution resolve(String phrase, LocalDate date) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return Resolution.none("empty", List.of("no words"));
        }
        boolean[] proper = proper(words);
        Resolution r = resolveWords(words, proper, headOf(words), true, date);
        if (!r.resolved() && r.rule().equals("head-not-actor")) {
            // Given as an actor phrase, "four Saudi men" names Saudis even though "men" is no agent word.
            r = resolveLoosely(words, proper, date, r);
        }
        if (!r.resolved() && words.size() == 1 && proper[0] && !UNIDENTIFIED_PEOPLE.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            r = bySurname(words.get(0), date == null ? LocalDate.now() : date, r);
        }
        if (!r.resolved() && r.agentSector() == null) {
            r = byPlace(words, proper, r);
        }
        if (!r.resolved() && r.agentSector() != null) {
            // "soldiers": a sector without a country is still an actor, coded "---MIL" as CAMEO does.
            List<String> steps = new ArrayList<>(r.steps());
            steps.add("agent without a country: coded with the unknown-country prefix ---");
            r = new Resolution(List.of(unknownCountry(r.agentSector())), null, "agent-only", steps);
        }
        if (!r.resolved()) {
            r = unidentifiedPeople(words, r);
        }
        return r;
    }

    /**
     * Words that, as the head of an actor phrase, name people without saying who they are
     * ("He", "two men", "a group of men"): PLOVER's generic unidentified actor, sector UNK.
     */
    private static final Set<String> UNIDENTIFIED_PEOPLE = Set.of("he", "she", "him", "her", "they", "them", "man",
            "men", "person", "persons", "individual", "individuals", "someone", "somebody", "group", "groups");

    private static final Set<String> SINGULAR_PEOPLE = Set.of("he", "she", "him", "her", "man", "person",
            "individual", "someone", "somebody");

    /** An actor phrase headed by a word for unnamed people: an unidentified actor of unknown country. */
    private static Resolution unidentifiedPeople(List<String> words, Resolution fallback) {
        String head = words.get(headOf(words)).toLowerCase(Locale.ROOT);
        if (!UNIDENTIFIED_PEOPLE.contains(head)) {
            return fallback;
        }
        List<String> steps = new ArrayList<>(fallback.steps());
        steps.add("'" + head + "' names people without saying who: unidentified actor (UNK)");
        boolean one = SINGULAR_PEOPLE.contains(head);
        return new Resolution(List.of(new Actor("---" + UNIDENTIFIED, null, UNIDENTIFIED,
                one ? ActorKind.PERSON : ActorKind.GROUP, one ? "unidentified person" : "unidentified people", null,
                null)), null, "unidentified", steps);
    }

    /** PLOVER's sector for a generic actor whose role the words do not give. */
    static final String UNIDENTIFIED = "UNK";

    /**
     * A populated place given as an actor ("Sydney"): its people, coded as civilians of its
     * country, as PLOVER codes a town that is attacked or protests. Capitals never get here:
     * they name their government by the country rule.
     */
    private Resolution byPlace(List<String> words, boolean[] proper, Resolution fallback) {
        for (boolean p : proper) {
            if (!p) {
                return fallback;
            }
        }
        Optional<Place> place = kb.place(String.join(" ", words));
        Optional<Country> country = place.flatMap(pl -> kb.country(pl.country()));
        if (country.isEmpty()) {
            return fallback;
        }
        List<String> steps = new ArrayList<>(fallback.steps());
        steps.add("'" + place.get().name() + "' is a place in " + country.get().iso3() + ": its people, as civilians (CVL)");
        return new Resolution(List.of(countryActor(country.get(), "CVL")), null, "place", steps);
    }

    /**
     * Resolves an actor phrase with a context phrase ("Diego Molano" with "Colombian
     * defense"): the context supplies what the phrase lacks, a country or a whole actor.
     */
    public Resolution resolve(String phrase, String context, LocalDate date) {
        Resolution r = resolve(phrase, date);
        if (context == null || context.isBlank()) {
            return r;
        }
        if (r.resolved() && r.actors().get(0).country() != null) {
            return r;
        }
        Resolution withContext = resolve(context + " " + phrase, date);
        if (!r.resolved()) {
            return withContext;
        }
        Resolution c = resolve(context, date);
        for (Actor a : c.actors()) {
            if (a.country() != null) {
                Actor base = r.actors().get(0);
                Optional<Country> country = kb.country(a.country());
                if (country.isPresent()) {
                    List<String> steps = new ArrayList<>(r.steps());
                    steps.add("context '" + context + "' gives the country " + a.country());
                    String sector = base.sector();
                    Actor merged = new Actor(country.get().cameo() + (sector == null ? "" : sector), a.country(), sector,
                            base.kind(), base.name(), base.role(), base.entity());
                    return new Resolution(List.of(merged), null, r.rule() + "+context", steps);
                }
            }
        }
        return r;
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
        Person best = pick.stream().max(java.util.Comparator.comparing(p -> p.spells().get(p.spells().size() - 1).start()))
                .orElseThrow();
        if (active.size() > 1) {
            return fallback;
        }
        List<String> steps = new ArrayList<>(fallback.steps());
        steps.add("surname '" + surname + "' → " + best.name());
        return personActor(best, null, Map.of(), on, steps);
    }

    /**
     * Resolves a short phrase strictly, as inside a sentence: only when its head names an
     * actor ("Ukrainian" gives Ukraine; "Ukrainian cities" gives nothing).
     */
    public Resolution resolveStrict(String phrase, LocalDate date) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return Resolution.none("empty", List.of("no words"));
        }
        return resolveWords(words, proper(words), words.size() - 1, true, date);
    }

    private static boolean[] proper(List<String> words) {
        boolean[] proper = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            proper[i] = Character.isUpperCase(words.get(i).codePointAt(0));
        }
        return proper;
    }

    /** Opening quotes and brackets before a word, closing punctuation after it (compiled once: resolution is hot). */
    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[\"“‘(\\[]+|[,;:!?\"”’)\\]]+$");

    /** Words of free text: knowledge-base tokenization, with trailing punctuation removed. */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : PhraseIndex.words(phrase)) {
            // Trailing punctuation is not part of a name; a final period is, in abbreviations ("U.S.").
            String x = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (x.endsWith(".") && x.indexOf('.') == x.length() - 1) {
                x = x.substring(0, x.length() - 1);
            }
            if (!x.isEmpty()) {
                words.add(x);
            }
        }
        return words;
    }

    /**
     * The head of a free-text phrase: the last word before a post-modifier ("president of the
     * European Council", "regions across Indonesia", "FSB, Russia's security service").
     */
    private static int headOf(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (POST_MODIFIER_STARTS.contains(w)) {
                return i - 1;
            }
        }
        return words.size() - 1;
    }

    private static final Set<String> POST_MODIFIER_STARTS = Set.of("of", "in", "at", "across", "from", "for", "on",
            "with", "who", "which", "that", ",", "near", "to", "based");

    /** Any actor named anywhere in the phrase, when the phrase as a whole is known to be an actor. */
    private Resolution resolveLoosely(List<String> words, boolean[] proper, LocalDate date, Resolution strict) {
        String insideSector = null;
        for (int h = words.size() - 1; h >= 0; h--) {
            Resolution r = resolveWords(words.subList(0, h + 1), java.util.Arrays.copyOf(proper, h + 1), h, true, date);
            if (r.resolved()) {
                List<String> steps = new ArrayList<>(strict.steps());
                steps.add("the phrase's head names no actor; taking the actor named inside it");
                steps.addAll(r.steps());
                List<Actor> actors = new ArrayList<>();
                for (Actor a : r.actors()) {
                    if (a.kind() == ActorKind.STATE && a.sector() == null && insideSector == null) {
                        // "Syrian island", "regions across Indonesia": something of that country, no known kind of actor.
                        steps.add("'" + words.get(words.size() - 1) + "' is no kind of actor: sector " + UNIDENTIFIED);
                        a = new Actor(a.code(), a.country(), UNIDENTIFIED, a.kind(), a.name(), a.role(), a.entity());
                    }
                    actors.add(a);
                }
                return new Resolution(actors, null, r.rule() + "-inside", steps);
            }
            if (insideSector == null && r.agentSector() != null) {
                insideSector = r.agentSector();
            }
        }
        if (insideSector != null) {
            // "two large gang confederations": no actor named, but an agent word inside gives the sector.
            List<String> steps = new ArrayList<>(strict.steps());
            steps.add("the phrase's head names no actor; an agent word inside it gives " + insideSector);
            return new Resolution(List.of(), insideSector, "agent-inside", steps);
        }
        return strict;
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
        int[] placeName = placeOverTerms(words, proper, matches, argument);
        if (placeName != null) {
            String name = String.join(" ", words.subList(placeName[0], placeName[1]));
            steps.add("'" + name + "' is a place in " + kb.place(name).orElseThrow().country()
                    + ": the agent word or capital inside it does not count");
            if (placeName[0] <= head && head < placeName[1]) {
                return Resolution.none("place-name", steps);
            }
            matches = matches.stream().filter(m -> m.end() <= placeName[0] || m.start() >= placeName[1]).toList();
        }
        Term.PersonTerm person = null;
        Term.OrgTerm org = null;
        boolean headCovered = false;
        String sector = null;
        int sectorDistance = Integer.MAX_VALUE;
        boolean sectorDefers = false;
        String firmSector = null;
        int firmDistance = Integer.MAX_VALUE;
        Map<String, Term.CountryTerm> countries = new LinkedHashMap<>();
        boolean[] matched = new boolean[words.size()];
        String impliedCountry = null;
        for (PhraseIndex.Match m : matches) {
            for (int i = m.start(); i < m.end(); i++) {
                matched[i] = true;
            }
            if (m.start() <= head && head < m.end()) {
                headCovered = true;
            }
            String surface = String.join(" ", words.subList(m.start(), m.end()));
            Term t = pick(m.terms(), argument, on);
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
                    sectorDefers = a.defers();
                }
                if (a.country() != null && impliedCountry == null) {
                    impliedCountry = a.country();
                }
                // A deferring head yields to agent words before it ("intelligence agency officer") or in
                // its "of" complement ("chairman of the board"), not to an apposition after it.
                boolean modifiesHead = m.end() - 1 < head || head + 1 < words.size()
                        && words.get(head + 1).equalsIgnoreCase("of");
                if (!a.defers() && modifiesHead && distance < firmDistance) {
                    firmSector = a.sector();
                    firmDistance = distance;
                }
            }
        }
        if (sectorDefers && firmSector != null) {
            steps.add("a leader, officer or official of what the phrase names: sector " + firmSector + ", not " + sector);
            sector = firmSector;
            sectorDefers = false;
        }
        if (countries.isEmpty() && impliedCountry != null) {
            // "Yoruba", "Jewish settlers": the word says the country when nothing else in the phrase does.
            steps.add("the agent word implies " + impliedCountry);
            countries.put(impliedCountry, new Term.CountryTerm(kb.country(impliedCountry).orElseThrow(),
                    Term.CountryForm.DEMONYM));
        }
        String unknownName = unknownName(words, proper, matched, head);
        if (sector != null && hasFormerMarker(words)) {
            steps.add("'former' or 'retired' makes the office holder an elite (ELI)");
            sector = "ELI";
        }
        if (countries.isEmpty() && sector != null && person == null && org == null) {
            // "Shanghai authorities", "Santa Marta self-defence forces": a city names the country of an agent.
            placeSearch:
            for (int i = 0; i < words.size(); i++) {
                for (int end = Math.min(words.size(), i + MAX_PLACE_WORDS); end > i; end--) {
                    if (!unmatchedProperRun(words, proper, matched, i, end, head)) {
                        continue;
                    }
                    String name = String.join(" ", words.subList(i, end));
                    Optional<Country> c = kb.place(name).flatMap(pl -> kb.country(pl.country()));
                    if (c.isPresent()) {
                        steps.add("'" + name + "' is a city in " + c.get().iso3());
                        countries.put(c.get().iso3(), new Term.CountryTerm(c.get(), Term.CountryForm.CAPITAL));
                        for (int k = i; k < end; k++) {
                            matched[k] = true;
                        }
                        unknownName = unknownName(words, proper, matched, head);
                        break placeSearch;
                    }
                }
            }
        }

        if (!headCovered && !(unknownName != null && sector != null)) {
            // "NATO's role", "Russia's security": the possessor is its own mention; this phrase names no actor.
            return Resolution.none("head-not-actor", steps);
        }
        if (person == null && org == null && unknownName != null && sector != null && proper[head]) {
            Person titled = titledSurname(unknownName, sector, countries.keySet(), on);
            if (titled != null) {
                steps.add("'" + unknownName + "' with the title is " + titled.name() + ", in that office on " + on);
                return personActor(titled, sector, countries, on, steps);
            }
        }
        if (person != null) {
            return personActor(person.person(), sector, countries, on, steps);
        }
        if (org != null) {
            return organizationActor(org.org(), sectorDefers ? null : sector, sector, steps);
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

    /**
     * An organisation's actor. A firm agent word in the phrase gives the sector ("EU
     * legislators" LEG), else the organisation's own, else a deferring word's ("EU leaders"
     * GOV); the organisation's sectors follow as secondary ones, and an NGO carries NGO among
     * them. An IGO's country is its bloc.
     */
    private static Resolution organizationActor(Organization o, String firmSector, String anySector, List<String> steps) {
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
            country = kb.blocOf(r.org());
        } else {
            code = (country == null ? "---" : cameo(country)) + (sector == null ? "" : sector);
        }
        return new Actor(code, country, sector, ActorKind.PERSON, p.name(), r.role(), "person." + p.id());
    }

    /**
     * "President Bush": the one person of that surname holding, on the date, an office of the
     * title's sector (and of the phrase's country, if it names one); else null.
     */
    private Person titledSurname(String name, String sector, Set<String> countries, LocalDate on) {
        if (name.contains(" ")) {
            return null;
        }
        List<Person> fits = kb.bySurname(name).stream().filter(p -> p.roleOn(on)
                .filter(r -> sector.equals(r.sector()) && (countries.isEmpty() || countries.contains(r.country())))
                .isPresent()).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /** An agent whose country the words do not say ("soldiers"): CAMEO's "---" prefix. */
    public Actor unknownCountry(String sector) {
        return new Actor("---" + sector, null, sector, STATE_SECTORS.contains(sector) ? ActorKind.STATE : ActorKind.GROUP,
                SECTOR_NAMES.getOrDefault(sector, sector), null, null);
    }

    /** The same agent placed in a country, when the context says where it is. */
    public Actor placed(Actor unplaced, String iso3) {
        return kb.country(iso3).map(c -> countryActor(c, unplaced.sector())).orElse(unplaced);
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

    /**
     * Among the terms of one phrase, people and organisations before countries before agents;
     * among equals the one added last, so imported dictionaries override the built-in entries,
     * except that a person in office on the date beats namesakes who are not.
     */
    private static Term pick(List<Term> terms, boolean argument, LocalDate on) {
        Term best = terms.get(0);
        for (Term t : terms) {
            if (rank(t, argument) <= rank(best, argument)) {
                best = t;
            }
        }
        if (best instanceof Term.PersonTerm p && p.person().roleOn(on).isEmpty()) {
            // "George Bush" names two presidents: the one in office on the date.
            for (Term t : terms) {
                if (t instanceof Term.PersonTerm other && other.person().roleOn(on).isPresent()) {
                    return other;
                }
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

    private static final Set<String> FORMER = Set.of("former", "retired", "ex", "onetime", "erstwhile", "then");

    private static boolean hasFormerMarker(List<String> words) {
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (FORMER.contains(l) || l.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    /** The longest place name tried inside a phrase ("Santa Cruz de la Sierra" is rare; three words suffice). */
    private static final int MAX_PLACE_WORDS = 3;

    private static boolean unmatchedProperRun(List<String> words, boolean[] proper, boolean[] matched, int from, int to,
                                              int head) {
        for (int k = from; k < to; k++) {
            if (matched[k] || k == head) {
                return false;
            }
        }
        return properRun(words, proper, from, to);
    }

    /**
     * A known place name of two or more proper words whose only knowledge-base matches are
     * agent words or capitals inside it ("West Bank", "East Jerusalem"), as {@code [start,
     * end)}; else null. The place wins: the name is not a bank or Israel's capital.
     */
    private int[] placeOverTerms(List<String> words, boolean[] proper, List<PhraseIndex.Match> matches, boolean argument) {
        for (int i = 0; i < words.size(); i++) {
            for (int end = Math.min(words.size(), i + MAX_PLACE_WORDS); end >= i + 2; end--) {
                if (!properRun(words, proper, i, end) || kb.place(String.join(" ", words.subList(i, end))).isEmpty()) {
                    continue;
                }
                boolean inside = false;
                boolean overridable = true;
                for (PhraseIndex.Match m : matches) {
                    if (m.end() <= i || m.start() >= end) {
                        continue;
                    }
                    Term t = pick(m.terms(), argument, LocalDate.MIN);
                    boolean weak = t instanceof Term.AgentTerm
                            || t instanceof Term.CountryTerm c && c.form() == Term.CountryForm.CAPITAL;
                    overridable &= weak && m.start() >= i && m.end() <= end;
                    inside = true;
                }
                if (inside && overridable) {
                    return new int[] {i, end};
                }
            }
        }
        return null;
    }

    private static boolean properRun(List<String> words, boolean[] proper, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean particle = k > from && k < to - 1 && PLACE_PARTICLES.contains(words.get(k));
            if (!(proper[k] || particle)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words inside place names ("Rio de Janeiro", "Dar es Salaam"). */
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "da", "do", "del", "dos", "la", "le", "el", "es",
            "al", "du", "des", "di", "am", "an", "upon");

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
