package org.parley.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parley.data.DataFileException;
import org.parley.data.TsvTable;
import org.parley.model.ActorKind;

/**
 * Parley's actor knowledge base: countries (names, demonyms, capitals, seats of government),
 * organisations, agent words and people with dated roles, loaded from the {@code parley/kb/}
 * tables into a phrase index. Immutable once built; one instance serves all threads.
 */
public final class KnowledgeBase {

    public static final String DIR = "parley/kb/";

    private final Map<String, Country> countries;
    private final Map<String, Organization> organizations;
    private final Map<String, Person> people;
    private final Map<String, String> agentSectors;
    private final Map<String, List<Person>> bySurname;
    private final List<Place> places;
    private final Map<String, Place> placesByName;
    private final PhraseIndex index;
    private final Map<String, String> blocsByCode;

    private KnowledgeBase(Builder b) {
        this.countries = Map.copyOf(b.countries);
        this.organizations = Map.copyOf(b.organizations);
        this.people = Map.copyOf(b.people);
        this.agentSectors = Map.copyOf(b.agentSectors);
        this.index = b.index;
        Map<String, List<Person>> surnames = new HashMap<>();
        for (Person p : b.people.values()) {
            if (b.withoutSurname.contains(p.id()) && !b.withSurname.contains(p.id())) {
                continue;
            }
            for (String surname : surnameKeys(p)) {
                surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(p);
            }
        }
        this.bySurname = Map.copyOf(surnames);
        this.places = List.copyOf(b.places);
        Map<String, Place> byName = new HashMap<>();
        for (Place p : b.places) {
            byName.merge(PhraseIndex.key(p.name()), p, (x, y) -> x.population() >= y.population() ? x : y);
            for (String alt : p.altNames()) {
                byName.merge(PhraseIndex.key(alt), p, (x, y) -> x.population() >= y.population() ? x : y);
            }
        }
        this.placesByName = Map.copyOf(byName);
        Map<String, String> blocs = new HashMap<>();
        for (Organization o : b.organizations.values()) {
            if (o.bloc() != null) {
                blocs.putIfAbsent(o.code(), o.bloc());
            }
        }
        this.blocsByCode = Map.copyOf(blocs);
    }

    /**
     * The PLOVER bloc ({@code UNO}, {@code EUR}, {@code IGO}) of an IGO code, as an office in
     * that IGO carries it ("IGOUNO" for the Secretary-General gives UNO): the bloc of the
     * organisation with that code, else what the code implies.
     */
    public String blocOf(String igoCode) {
        String b = blocsByCode.get(igoCode);
        return b != null ? b : Organization.blocOf(igoCode);
    }

    /** Populated places from {@code places.tsv}, for the gazetteer. */
    public List<Place> places() {
        return places;
    }

    /** The most populous place of that name, if any ("Shanghai" gives the city in CHN). */
    public Optional<Place> place(String name) {
        return Optional.ofNullable(placesByName.get(PhraseIndex.key(name)));
    }

    /** The built-in knowledge base from the classpath. */
    public static KnowledgeBase load() {
        return builder().addBuiltIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Collection<Organization> organizations() {
        return organizations.values();
    }

    /** The person of that knowledge-base id ("qasem-soleimani"), if any. */
    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public Collection<Person> people() {
        return people.values();
    }

    public int agentWordCount() {
        return agentSectors.size();
    }

    public int roleSpellCount() {
        int n = 0;
        for (Person p : people.values()) {
            n += p.spells().size();
        }
        return n;
    }

    /** The sector an agent word gives ("troops" MIL), or null. */
    public String agentSector(String word) {
        return agentSectors.get(PhraseIndex.key(word));
    }

    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVXLC]+");

    /**
     * The keys a person is found under by surname: the last word of the name and of every
     * alias of two or more words ("Slobodan Milosevic" gives "Milosevic" beside "Milošević"),
     * without regnal numbers ("Juan Carlos I"), all accent-folded.
     */
    static java.util.Set<String> surnameKeys(Person p) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        if (!ROMAN_NUMERAL.matcher(p.surname()).matches()) {
            // "Charles III", "Mswati III": a regnal number is no surname ("Annex III" is nobody).
            keys.add(surnameKey(p.surname()));
        }
        for (String alias : p.aliases()) {
            String[] parts = alias.trim().split("\\s+");
            String last = parts[parts.length - 1];
            if (parts.length >= 2 && last.length() >= 3 && !ROMAN_NUMERAL.matcher(last).matches()
                    && Character.isUpperCase(last.charAt(0))) {
                keys.add(surnameKey(last));
            }
        }
        return keys;
    }

    /** A surname as looked up: lower case, curly apostrophes straightened, accents dropped. */
    static String surnameKey(String word) {
        String key = PhraseIndex.key(word);
        if (isAscii(key)) {
            // Nothing to fold: ASCII has no accents and none of the letters replaced below.
            return key;
        }
        String folded = MARKS.matcher(java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD)).replaceAll("");
        return folded.replace('đ', 'd').replace('ł', 'l').replace('ø', 'o').replace('ı', 'i');
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** People whose surname is {@code word} (accents and the surnames of aliases included). */
    public List<Person> bySurname(String word) {
        return bySurname.getOrDefault(surnameKey(word), List.of());
    }

    PhraseIndex index() {
        return index;
    }

    /** Collects tables, then builds the index. Later additions win over earlier ones for the same id. */
    public static final class Builder {
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, Organization> organizations = new LinkedHashMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, String> agentSectors = new HashMap<>();
        private final PhraseIndex index = new PhraseIndex();
        private final List<Place> places = new ArrayList<>();
        private final java.util.Set<String> withoutSurname = new java.util.HashSet<>();
        private final java.util.Set<String> withSurname = new java.util.HashSet<>();

        /**
         * The built-in tables. The layers compiled from outside sources ({@code people-phoenix.tsv},
         * {@code organizations-phoenix.tsv}, {@code people-congress.tsv}) come before our own tables, so that where a phrase names
         * entries of both, ours wins (see {@link ActorResolver}: among equals the one added last).
         */
        public Builder addBuiltIn() {
            addCountries(TsvTable.resource(DIR + "countries.tsv"));
            addOrganizations(TsvTable.resource(DIR + "organizations-phoenix.tsv"));
            addOrganizations(TsvTable.resource(DIR + "organizations.tsv"));
            addAgents(TsvTable.resource(DIR + "agents.tsv"));
            addPeople(TsvTable.resource(DIR + "people-phoenix.tsv"));
            addPeople(TsvTable.resource(DIR + "people-congress.tsv"));
            addPeople(TsvTable.resource(DIR + "people.tsv"));
            addPlaces(TsvTable.resource(DIR + "places.tsv"));
            return this;
        }

        public Builder addPlaces(TsvTable table) {
            for (TsvTable.Row row : table.rows()) {
                try {
                    // A region (state, province) has empty coordinates.
                    String lat = row.get("lat");
                    String lon = row.get("lon");
                    places.add(new Place(row.require("name"), row.require("country"),
                            lat == null || lat.isEmpty() ? null : Double.valueOf(lat),
                            lon == null || lon.isEmpty() ? null : Double.valueOf(lon),
                            Long.parseLong(row.require("population")), row.list("altnames")));
                } catch (NumberFormatException e) {
                    throw row.error("bad number: " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw row.error(e.getMessage());
                }
            }
            return this;
        }

        public Builder addCountries(TsvTable table) {
            for (TsvTable.Row row : table.rows()) {
                String iso3 = row.require("iso3");
                Country c = new Country(iso3, Optional.ofNullable(row.get("cameo")).orElse(iso3), row.require("name"),
                        Optional.ofNullable(row.get("short")).orElse(row.require("name")), row.list("aliases"),
                        row.list("demonyms"), row.list("capital"), row.list("seats"));
                countries.put(iso3, c);
                add(c.name(), new Term.CountryTerm(c, Term.CountryForm.NAME));
                add(c.shortName(), new Term.CountryTerm(c, Term.CountryForm.NAME));
                c.aliases().forEach(a -> add(a, new Term.CountryTerm(c, Term.CountryForm.NAME)));
                c.demonyms().forEach(a -> add(a, new Term.CountryTerm(c, Term.CountryForm.DEMONYM)));
                c.capitals().forEach(a -> add(a, new Term.CountryTerm(c, Term.CountryForm.CAPITAL)));
                c.seats().forEach(a -> add(a, new Term.CountryTerm(c, Term.CountryForm.SEAT)));
            }
            return this;
        }

        public Builder addOrganizations(TsvTable table) {
            for (TsvTable.Row row : table.rows()) {
                ActorKind kind = switch (row.require("kind").toLowerCase(Locale.ROOT)) {
                    case "igo" -> ActorKind.IGO;
                    case "ngo" -> ActorKind.NGO;
                    case "group" -> ActorKind.GROUP;
                    default -> throw row.error("unknown organisation kind '" + row.get("kind") + "' (igo, ngo, group)");
                };
                List<String> sectors = row.list("sector");
                String bloc = row.columns().containsKey("bloc") ? row.get("bloc") : null;  // optional column
                if (bloc != null && (kind != ActorKind.IGO || !org.parley.model.Actor.BLOCS.contains(bloc))) {
                    throw row.error("bloc '" + bloc + "' is for IGOs only and one of " + org.parley.model.Actor.BLOCS);
                }
                Organization o = new Organization(row.require("id"), row.require("code"), kind, row.require("name"),
                        row.list("aliases"), row.get("country"), sectors.isEmpty() ? null : sectors.get(0),
                        sectors.isEmpty() ? List.of() : sectors.subList(1, sectors.size()), bloc);
                addOrganization(o);
            }
            return this;
        }

        public Builder addOrganization(Organization o) {
            organizations.put(o.id(), o);
            add(o.name(), new Term.OrgTerm(o));
            o.aliases().forEach(a -> add(a, new Term.OrgTerm(o)));
            return this;
        }

        public Builder addAgents(TsvTable table) {
            for (TsvTable.Row row : table.rows()) {
                String id = row.require("id");
                String sector = row.require("sector");
                boolean defers = row.columns().containsKey("defers") && "yes".equals(row.get("defers"));  // optional column
                String country = row.columns().containsKey("country") ? row.get("country") : null;  // optional column
                if (country != null && !countries.containsKey(country)) {
                    throw row.error("unknown country '" + country + "' (add agents after countries)");
                }
                for (String w : row.list("words")) {
                    agentSectors.put(PhraseIndex.key(w), sector);
                    index.add(w, new Term.AgentTerm(id, sector, defers, country), false);
                }
            }
            return this;
        }

        public Builder addAgent(String id, String words, String sector) {
            agentSectors.put(PhraseIndex.key(words), sector);
            index.add(words, new Term.AgentTerm(id, sector), false);
            return this;
        }

        /**
         * Adds people from a table of role spells ({@code people.tsv} and the generated layers).
         * An optional {@code surname} column says whether the person may be found by bare
         * surname ("Karzai"): {@code no} keeps an imported person whose surname is a common
         * word or shared with others to their full names; a person of whom any table says
         * otherwise (or has no such column) keeps the surname lookup.
         */
        public Builder addPeople(TsvTable table) {
            Map<String, List<RoleSpell>> spells = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, java.util.Set<String>> aliases = new HashMap<>();
            boolean hasSurname = table.header().contains("surname");
            for (TsvTable.Row row : table.rows()) {
                String id = row.require("person");
                String surname = hasSurname ? row.get("surname") : null;
                if (surname != null && !surname.equals("yes") && !surname.equals("no")) {
                    throw row.error("surname '" + surname + "' is not yes or no");
                }
                ("no".equals(surname) ? withoutSurname : withSurname).add(id);
                names.putIfAbsent(id, row.require("name"));
                aliases.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>()).addAll(row.list("aliases"));
                LocalDate start = date(row, "start");
                if (start == null) {
                    throw row.error("a role spell needs a start date");
                }
                LocalDate end = date(row, "end");
                if (end != null && end.isBefore(start)) {
                    throw row.error("spell ends before it starts");
                }
                spells.computeIfAbsent(id, k -> new ArrayList<>()).add(new RoleSpell(row.get("country"),
                        row.get("sector"), Optional.ofNullable(row.get("role")).orElse("official"), row.get("org"),
                        start, end));
            }
            for (Map.Entry<String, String> e : names.entrySet()) {
                addPerson(new Person(e.getKey(), e.getValue(), List.copyOf(aliases.get(e.getKey())),
                        spells.get(e.getKey())));
            }
            return this;
        }

        public Builder addPerson(Person p) {
            Person old = people.get(p.id());
            if (old != null) {
                List<RoleSpell> merged = new ArrayList<>(old.spells());
                merged.addAll(p.spells());
                List<String> aliases = new ArrayList<>(old.aliases());
                aliases.addAll(p.aliases());
                p = new Person(p.id(), old.name(), aliases.stream().distinct().toList(), merged);
            }
            people.put(p.id(), p);
            Term t = new Term.PersonTerm(p);
            for (String name : names(p)) {
                add(name, t);
                String bare = withoutInitials(name);
                if (bare != null) {
                    add(bare, t);
                }
            }
            return this;
        }

        private static List<String> names(Person p) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(p.aliases());
            return names;
        }

        /** A middle initial: "W.", "W", "H.W.". */
        private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(\\p{Lu}\\.?){1,3}");

        /**
         * The name without its middle initials ("George W. Bush" gives "George Bush"), or null
         * when it has none. The first and last words stay: they are the given name and surname.
         */
        static String withoutInitials(String name) {
            String[] parts = name.trim().split("\\s+");
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                if (i == 0 || i == parts.length - 1 || !INITIAL.matcher(parts[i]).matches()) {
                    kept.add(parts[i]);
                }
            }
            return kept.size() < parts.length && kept.size() >= 2 ? String.join(" ", kept) : null;
        }

        private void add(String phrase, Term term) {
            index.add(phrase, term, true);
        }

        private static LocalDate date(TsvTable.Row row, String column) {
            String v = row.get(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw row.error(column + " '" + v + "' is not a YYYY-MM-DD date");
            }
        }

        public KnowledgeBase build() {
            if (countries.isEmpty()) {
                throw new DataFileException("knowledge base has no countries");
            }
            return new KnowledgeBase(this);
        }
    }
}
