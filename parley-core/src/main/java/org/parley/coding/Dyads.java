package org.parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.actors.ActorResolver;
import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.actors.MentionFinder;
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
final class Dyads {

    /**
     * Code prefixes whose conjoined parties act toward one another when no other target is
     * named: intents (03), meetings and negotiations, diplomatic ties and signed agreements,
     * material cooperation, ceasefires. Visits, mediation, praise and apologies are one-sided.
     */
    private static final List<String> MUTUAL_PREFIXES = List.of("03", "040", "044", "046", "050", "057", "06",
            "0871");
    /** Predicates of root 19 that are mutual ("clashed", "fought"); an attack is one-sided. */
    private static final Set<String> MUTUAL_FIGHTING = Set.of("clash", "fight", "battle", "skirmish");

    /** Code prefixes of acts that, with no target named, are aimed at the actor's own country. */
    private static final List<String> DOMESTIC_PREFIXES = List.of("14", "172", "173", "175");
    /** CAMEO's agent code for unidentified armed forces. */
    private static final String UNIDENTIFIED_FORCES = "UAF";
    /** Prepositions of the place where an act happens. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "into", "throughout", "across",
            "within");

    /** One source side toward one target side. */
    record Side(List<Mention> source, List<Mention> target) {
    }

    private final ActorResolver resolver;

    Dyads(ActorResolver resolver) {
        this.resolver = resolver;
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
     * complement), else the country of the event's located place. Adds nothing when a target
     * is already there.
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
                if (prep == null || !PLACE_PREPOSITIONS.contains(prep)) {
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
        if (location == null || location.country() == null || location.span() == null) {
            return;
        }
        Token head = lastTokenIn(s, location);
        if (head == null) {
            return;
        }
        resolver.knowledgeBase().country(location.country()).ifPresent(c -> {
            log.accept("  no target named: the place, " + location.name() + ", is the target (" + c.iso3() + ")");
            // The mention's text is what the sentence says ("Kashmir"), not the gazetteer's name
            // for the place ("Jammu and Kashmir").
            Span span = location.span();
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
     * party toward the others, as a human coder lists each direction; anything else is the
     * one side as found.
     */
    static List<Side> sides(String code, String lemma, List<Mention> source, List<Mention> target) {
        if (!target.isEmpty() || distinctActors(source) < 2 || !mutual(code, lemma)) {
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

    private static boolean mutual(String code, String lemma) {
        for (String prefix : MUTUAL_PREFIXES) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return code.startsWith("19") && MUTUAL_FIGHTING.contains(lemma);
    }

    private static int distinctActors(List<Mention> ms) {
        Set<String> codes = new HashSet<>();
        for (Mention m : ms) {
            codes.add(m.actor().code());
        }
        return codes.size();
    }
}
