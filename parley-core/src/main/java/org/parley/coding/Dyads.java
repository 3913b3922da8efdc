package org.parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.actors.ActorResolver;
import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.actors.MentionFinder;
import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Location;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Completing an event's dyad once the predicate's arguments are read: agents of unknown
 * country placed by the context, the event's place as the target of last resort, and the
 * reciprocal acts of conjoined parties ("Russia and China held talks": each toward the
 * other). Works on the mention lists the coder found; never re-reads the parse for arguments.
 */
final class Dyads implements CandidateStage {

    /**
     * Code prefixes whose conjoined parties act toward one another when no other target is
     * named: intents (03), meetings and negotiations, diplomatic ties and signed agreements,
     * material cooperation, ceasefires. Visits, mediation, praise and apologies are one-sided.
     */
    private static final List<String> MUTUAL_PREFIXES = List.of("03", "040", "044", "046", "050", "057", "06",
            "0871");
    /** Roots of violence: assault, fight, mass violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /** Code prefixes of acts that, with no target named, are aimed at the actor's own country. */
    private static final List<String> DOMESTIC_PREFIXES = List.of("14", "172", "173", "175");
    /** Arrest, detention or legal charges (CAMEO 173). */
    private static final String ARREST = "173";
    /** CAMEO's agent code for police. */
    private static final String POLICE = "COP";
    /** CAMEO's agent code for unidentified armed forces. */
    private static final String UNIDENTIFIED_FORCES = "UAF";

    /** One source side toward one target side. */
    record Side(List<Mention> source, List<Mention> target) {
    }

    private final ActorResolver resolver;
    private final Places places;
    /** Predicates of root 19 that are mutual ("clashed", "fought"); an attack is one-sided. */
    private final Set<String> mutualFighting;
    /** Prepositions of the place where an act happens. */
    private final Set<String> placePrepositions;

    Dyads(ActorResolver resolver, Places places, WordLists words) {
        this.resolver = resolver;
        this.places = places;
        this.mutualFighting = words.get("coding.mutual-fighting-verbs");
        this.placePrepositions = words.get("coding.locative-prepositions");
    }

    @Override
    public String name() {
        return "dyads";
    }

    /**
     * Completes the sides: an unnamed assailant for violence without a perpetrator, agents
     * placed by the context, one side per party of a mutual act, and for each side the place
     * or the source's own country as the target of last resort. Drops the event when no actor
     * has a known country.
     */
    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        Token t = c.trigger();
        Consumer<String> log = ctx::log;
        List<Mention> source = new ArrayList<>(c.source());
        List<Mention> target = new ArrayList<>(c.target());
        Location location = c.location();
        if (source.isEmpty() && VIOLENT_ROOTS.contains(c.root())) {
            // "A roadside bomb near Samarra killed two soldiers": unidentified armed forces where it struck.
            Location where = location != null ? location : places.locateVicinity(s, t);
            for (Token arg : s.children(t.index())) {
                if (where == null && (arg.relation().equals("nsubj") || arg.baseRelation().equals("obl"))) {
                    // "A roadside bomb near Samarra killed", "killed by a device outside Basra":
                    // the place hangs on the weapon.
                    where = places.locateVicinity(s, arg);
                }
            }
            unnamedAssailant(s, t, where, source, log);
        }
        placeAgents(source, target, location, log);
        placeAgents(target, source, location, log);
        if (source.isEmpty() && c.code().startsWith(ARREST)) {
            unnamedArrester(s, t, target, location, ctx.mentions().inSentence(s.index()), source, log);
        }
        if (source.stream().allMatch(Dyads::unplaced) && target.stream().allMatch(Dyads::unplaced)) {
            return skip("no actor of known country");
        }
        List<Side> sides = sides(c.code(), c.argToken().lemma(), dedupe(source), dedupe(target));
        if (sides.size() > 1) {
            log.accept("  conjoined parties of a mutual act: one event per party toward the others");
        }
        List<Token> predicates = c.argToken() == t ? List.of(t) : List.of(t, c.argToken());
        List<Side> completed = new ArrayList<>(sides.size());
        for (Side side : sides) {
            List<Mention> sideTarget = new ArrayList<>(side.target());
            if (!c.root().equals("01")) {
                // A statement or symbolic act is not done to the place it happens in.
                placeAsTarget(s, predicates, ctx.mentions(), sideTarget, location, log);
            }
            if (c.root().equals("04")) {
                counterpart(side.source(), ctx.mentions(), s.index(), sideTarget, log);
            }
            domesticTarget(c.code(), side.source(), sideTarget, log);
            completed.add(new Side(side.source(), sideTarget));
        }
        return c.withParties(source, target, c.targetOnly()).withSides(completed);
    }

    /** The mentions with one mention per actor (code and name), in order. */
    static List<Mention> dedupe(List<Mention> ms) {
        Map<String, Mention> seen = new LinkedHashMap<>();
        for (Mention m : ms) {
            seen.putIfAbsent(m.actor().code() + "|" + m.actor().name(), m);
        }
        return new ArrayList<>(seen.values());
    }

    static boolean unplaced(Mention m) {
        return MentionFinder.UNPLACED.equals(m.how()) && m.actor().country() == null;
    }

    /**
     * Agents of unknown country ("protesters", "the government", "civilians") take the country
     * of the event's place, else of the other side when it is one country: "Protesters stormed
     * the embassy in Niamey" (Niger), "Georgians demonstrated against the government" (Georgia).
     */
    void placeAgents(List<Mention> side, List<Mention> other, Location location, Consumer<String> log) {
        String country = location != null ? location.country() : null;
        if (country == null) {
            country = soleCountry(side);
        }
        if (country == null) {
            country = soleCountry(other);
        }
        placeIn(side, country, log);
    }

    private void placeIn(List<Mention> side, String country, Consumer<String> log) {
        for (int i = 0; i < side.size(); i++) {
            Mention m = side.get(i);
            if (unplaced(m) && country != null) {
                Actor placed = resolver.placed(m.actor(), country);
                log.accept("  '" + m.text() + "' placed in " + country);
                side.set(i, new Mention(m.span(), m.text(), placed, m.sentenceIndex(), m.head(), m.how() + "+placed"));
            }
        }
    }

    /** The one country the mentions name, or null when they name none or several. */
    /**
     * A consultation by one of the two states a text has named so far, with no one named to
     * consult, is with the other: in a call readout, "President X thanked Y, and discussed the
     * dam" discusses it with Y. The target is the latest mention of the other state. Nothing
     * when the text has named one state, or three or more.
     */
    static void counterpart(List<Mention> source, DocumentMentions mentions, int sentence, List<Mention> target,
                            Consumer<String> log) {
        String own = soleCountry(source);
        if (!target.isEmpty() || own == null) {
            return;
        }
        Set<String> states = new HashSet<>();
        Mention latestOther = null;
        for (Mention m : mentions.all()) {
            if (m.sentenceIndex() > sentence || !m.actor().hasStateCountry()) {
                continue;
            }
            states.add(m.actor().country());
            if (!m.actor().country().equals(own)) {
                latestOther = m;
            }
        }
        if (states.size() == 2 && states.contains(own) && latestOther != null) {
            log.accept("  no one named to consult: the text's other party, " + latestOther.actor().country());
            target.add(new Mention(latestOther.span(), latestOther.text(), latestOther.actor(), latestOther.sentenceIndex(),
                    latestOther.head(), "counterpart"));
        }
    }

    private static String soleCountry(List<Mention> mentions) {
        Set<String> countries = new HashSet<>();
        for (Mention m : mentions) {
            if (m.actor().hasStateCountry()) {
                countries.add(m.actor().country());
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * With no target named, the country where the act took place is what it was done to:
     * "protesters rallied in Belgrade" (Serbia), "troops were put on alert in Kosovo province".
     * The place is a country named in a locative phrase of the predicate (or of its composed
     * complement), else a place its object names ("attacked the city of Kharkiv"), else the
     * country of the event's located place. Adds nothing when a target is already there.
     */
    void placeAsTarget(Sentence s, List<Token> predicates, DocumentMentions mentions, List<Mention> target,
                       Location location, Consumer<String> log) {
        if (!target.isEmpty()) {
            return;
        }
        for (Token p : predicates) {
            for (Token c : s.children(p.index())) {
                String base = c.baseRelation();
                String prep = (base.equals("obl") || base.equals("nmod")) ? s.caseOf(c) : null;
                if (prep == null || !placePrepositions.contains(prep)) {
                    continue;
                }
                for (Mention m : ClauseActors.actorsInside(s, c, mentions)) {
                    if (m.actor().hasStateCountry() && m.actor().sector() == null
                            && m.actor().kind() != ActorKind.PERSON) {
                        target.add(m);
                    }
                }
            }
        }
        if (!target.isEmpty()) {
            log.accept("  no target named: the country it happened in is the target");
            return;
        }
        // "attacked the city of Kharkiv", "shelled Kharkiv": the place acted on, before where it happened.
        Location place = location;
        for (Token p : predicates) {
            Location acted = s.child(p.index(), "obj").map(o -> places.named(s, o)).orElse(null);
            if (acted != null) {
                place = acted;
                break;
            }
        }
        if (place == null || place.country() == null || place.span() == null) {
            return;
        }
        Token head = lastTokenIn(s, place);
        if (head == null) {
            return;
        }
        Location where = place;
        resolver.knowledgeBase().country(where.country()).ifPresent(c -> {
            log.accept("  no target named: the place, " + where.name() + ", is the target (" + c.iso3() + ")");
            // The mention's text is what the sentence says ("Kashmir"), not the gazetteer's name
            // for the place ("Jammu and Kashmir").
            Span span = where.span();
            String said = s.text().substring(span.begin() - s.span().begin(), span.end() - s.span().begin());
            target.add(new Mention(span, said, resolver.countryActor(c, null), s.index(), head.index(), "place"));
        });
    }

    /**
     * Protest, arrest and repression with no target named and no place of another country
     * are domestic: "Nepal's opposition parties organised a general strike" is directed at
     * Nepal's authorities, "Egyptian police arrested 12" acts on Egyptians. The target is the
     * source's own country.
     */
    void domesticTarget(String code, List<Mention> source, List<Mention> target, Consumer<String> log) {
        if (!target.isEmpty() || !DOMESTIC_PREFIXES.stream().anyMatch(code::startsWith)) {
            return;
        }
        String country = soleCountry(source);
        if (country == null) {
            return;
        }
        resolver.knowledgeBase().country(country).ifPresent(c -> {
            Mention first = source.get(0);
            log.accept("  no target named: a domestic " + code + ", toward " + c.iso3());
            target.add(new Mention(first.span(), first.text(), resolver.countryActor(c, null), first.sentenceIndex(),
                    first.head(), "domestic"));
        });
    }

    /**
     * Violence without a named perpetrator ("a roadside bomb killed two soldiers near Samarra")
     * is, in CAMEO's convention, the act of unidentified armed forces of the country where it
     * struck (sector UAF). Adds nothing without a place of known country.
     */
    void unnamedAssailant(Sentence s, Token trigger, Location where, List<Mention> source, Consumer<String> log) {
        if (!source.isEmpty() || where == null || where.country() == null) {
            return;
        }
        Actor uaf = resolver.placed(resolver.unknownCountry(UNIDENTIFIED_FORCES), where.country());
        if (uaf.country() == null) {
            return;
        }
        log.accept("  no perpetrator named: unidentified armed forces in " + where.country());
        source.add(new Mention(trigger.span(), trigger.text(), uaf, s.index(), trigger.index(), "unnamed-assailant"));
    }

    /**
     * An arrest or detention without a named agent ("two suspects were arrested", "journalists
     * were detained in Istanbul") is, as CAMEO codes it, the act of the police (COP) of the
     * country where it happened, else of the country of those arrested, else of the one country
     * the sentence names ("a spokesperson for the Indonesian police said two suspects were
     * arrested"), where those arrested are placed too.
     */
    void unnamedArrester(Sentence s, Token trigger, List<Mention> target, Location where, List<Mention> sentence,
                         List<Mention> source, Consumer<String> log) {
        String country = where != null && where.country() != null ? where.country() : soleCountry(target);
        if (country == null) {
            country = soleCountry(sentence);
            if (country != null) {
                placeIn(target, country, log);
            }
        }
        if (country == null) {
            return;
        }
        Actor police = resolver.placed(resolver.unknownCountry(POLICE), country);
        if (police.country() == null) {
            return;
        }
        log.accept("  no one named making the arrest: the police of " + country);
        source.add(new Mention(trigger.span(), trigger.text(), police, s.index(), trigger.index(), "unnamed-arrester"));
    }

    private static Token lastTokenIn(Sentence s, Location location) {
        Token last = null;
        for (Token t : s.tokens()) {
            if (t.span().begin() >= location.span().begin() && t.span().end() <= location.span().end()) {
                last = t;
            }
        }
        return last;
    }

    /**
     * The sides to code. Conjoined parties of a mutual act with no other target ("Armenia and
     * Azerbaijan agreed a truce", "Chinese and Indian troops clashed") become one event per
     * party toward the others, as a human coder lists each direction; a target of unknown
     * country, or of a party's own country, names no other party. Anything else is the one side as found.
     */
    List<Side> sides(String code, String lemma, List<Mention> source, List<Mention> target) {
        // A target of unknown country ("agreed to exchange prisoners") names no other party, nor
        // does one of the parties themselves ("the US and Ukraine met to discuss the U.S. proposal").
        Set<String> parties = new HashSet<>();
        source.forEach(m -> parties.add(m.actor().country()));
        boolean otherParty = target.stream().anyMatch(m -> m.actor().country() != null
                && !parties.contains(m.actor().country()));
        if (otherParty || distinctActors(source) < 2 || !mutual(code, lemma)) {
            return List.of(new Side(source, target));
        }
        List<Side> out = new ArrayList<>();
        for (Mention party : source) {
            List<Mention> others = new ArrayList<>();
            for (Mention m : source) {
                if (!m.actor().code().equals(party.actor().code())) {
                    others.add(m);
                }
            }
            if (!others.isEmpty()) {
                out.add(new Side(List.of(party), others));
            }
        }
        return out;
    }

    private boolean mutual(String code, String lemma) {
        for (String prefix : MUTUAL_PREFIXES) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return code.startsWith("19") && mutualFighting.contains(lemma);
    }

    private static int distinctActors(List<Mention> ms) {
        Set<String> codes = new HashSet<>();
        for (Mention m : ms) {
            codes.add(m.actor().code());
        }
        return codes.size();
    }
}
