package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Resolves a noun phrase, given as its words, to actors on a date. {@link PhraseReader} reads
 * the words against the knowledge base; {@link ReadingRules} decides, in order: a known person
 * by the role held that day; an organisation; countries (by name, demonym, seat of government
 * or, in argument position, capital) combined with an agent word for the sector; an unknown
 * name with a title ("Polish Prime Minister Jan Nowak") as a person of that country and
 * sector. Free text known to name an actor ({@code parley resolve}) also falls back to an
 * actor inside the phrase, a surname, a place's people and unidentified people. Stateless and
 * thread-safe.
 */
public final class ActorResolver {

    /** PLOVER's sector for a generic actor whose role the words do not give. */
    static final String UNIDENTIFIED = "UNK";

    private final KnowledgeBase kb;
    private final ActorFactory factory;
    private final PersonActors people;
    private final PhraseReader reader;
    private final ReadingRules rules;
    /**
     * Words that, as the head of an actor phrase, name people without saying who they are
     * ("He", "two men", "a group of men"): PLOVER's generic unidentified actor, sector UNK.
     */
    private final Set<String> unidentifiedPeople;
    private final Set<String> singularPeople;
    /** Words that start a post-modifier of a free-text phrase's head ("president of ...", "FSB, ..."). */
    private final Set<String> postModifierStarts;

    /** A resolver with the built-in word lists. */
    public ActorResolver(KnowledgeBase kb) {
        this(kb, WordLists.load());
    }

    public ActorResolver(KnowledgeBase kb, WordLists words) {
        this.kb = kb;
        this.factory = new ActorFactory(kb);
        this.people = new PersonActors(kb, factory);
        this.reader = new PhraseReader(kb, words);
        this.rules = new ReadingRules(factory, people);
        this.unidentifiedPeople = words.get("actors.unidentified-people");
        this.singularPeople = words.get("actors.singular-people");
        this.postModifierStarts = words.get("actors.post-modifier-starts");
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
        List<String> words = PhraseWords.words(phrase);
        if (words.isEmpty()) {
            return Resolution.none("empty", List.of("no words"));
        }
        boolean[] proper = PhraseWords.proper(words);
        Resolution r = resolveWords(words, proper, headOf(words), true, date);
        if (!r.resolved() && r.rule().equals("head-not-actor")) {
            // Given as an actor phrase, "four Saudi men" names Saudis even though "men" is no agent word.
            r = resolveLoosely(words, proper, date, r);
        }
        if (!r.resolved() && words.size() == 1 && proper[0]
                && !unidentifiedPeople.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            r = people.bySurname(words.get(0), date == null ? LocalDate.now() : date, r);
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
     * Resolves a short phrase strictly, as inside a sentence: only when its head names an
     * actor ("Ukrainian" gives Ukraine; "Ukrainian cities" gives nothing).
     */
    public Resolution resolveStrict(String phrase, LocalDate date) {
        List<String> words = PhraseWords.words(phrase);
        if (words.isEmpty()) {
            return Resolution.none("empty", List.of("no words"));
        }
        return resolveWords(words, PhraseWords.proper(words), words.size() - 1, true, date);
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
        return rules.decide(reader.read(words, proper, head, argument, on));
    }

    /**
     * A bare surname ("Trump"): the one person of that surname in office on the date, else
     * the one who left office most recently.
     */
    Resolution bySurname(String surname, LocalDate on, Resolution fallback) {
        return people.bySurname(surname, on, fallback);
    }

    /**
     * A person's actor on the date an event happened rather than the article's: Soleimani,
     * killed on a Friday and reported on the Monday after, is the commander he was that Friday.
     * Anything but a known person in a known office that day comes back unchanged.
     */
    public Actor onDate(Actor a, LocalDate date) {
        return people.asOn(a, date);
    }

    /** An agent whose country the words do not say ("soldiers"): CAMEO's "---" prefix. */
    public Actor unknownCountry(String sector) {
        return factory.unknownCountry(sector);
    }

    /** The same agent placed in a country, when the context says where it is. */
    public Actor placed(Actor unplaced, String iso3) {
        return factory.placed(unplaced, iso3);
    }

    /** The same actor of a country its phrase did not name ("Minister X" of Nigeria). */
    public Actor inCountry(Actor a, String iso3) {
        return factory.inCountry(a, iso3);
    }

    /** A country's actor with an optional sector. */
    public Actor countryActor(Country c, String sector) {
        return factory.countryActor(c, sector);
    }

    /** An actor phrase headed by a word for unnamed people: an unidentified actor of unknown country. */
    private Resolution unidentifiedPeople(List<String> words, Resolution fallback) {
        String head = words.get(headOf(words)).toLowerCase(Locale.ROOT);
        if (!unidentifiedPeople.contains(head)) {
            return fallback;
        }
        List<String> steps = new ArrayList<>(fallback.steps());
        steps.add("'" + head + "' names people without saying who: unidentified actor (UNK)");
        boolean one = singularPeople.contains(head);
        return new Resolution(List.of(new Actor("---" + UNIDENTIFIED, null, UNIDENTIFIED,
                one ? ActorKind.PERSON : ActorKind.GROUP, one ? "unidentified person" : "unidentified people", null,
                null)), null, "unidentified", steps);
    }

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
     * The head of a free-text phrase: the last word before a post-modifier ("president of the
     * European Council", "regions across Indonesia", "FSB, Russia's security service").
     */
    private int headOf(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (postModifierStarts.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return i - 1;
            }
        }
        return words.size() - 1;
    }

    /** Any actor named anywhere in the phrase, when the phrase as a whole is known to be an actor. */
    private Resolution resolveLoosely(List<String> words, boolean[] proper, LocalDate date, Resolution strict) {
        String insideSector = null;
        for (int h = words.size() - 1; h >= 0; h--) {
            Resolution r = resolveWords(words.subList(0, h + 1), Arrays.copyOf(proper, h + 1), h, true, date);
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
}
