package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Agents a place phrase of their own puts in a country: "students throughout Indonesia", "the
 * presidents of Kenya and Uganda", "tens of thousands of students across Indonesia"; and
 * peoples coded by the country they live in ("ethnic Hungarians in Slovakia").
 */
final class AgentPlaces {

    private final ActorResolver resolver;
    /** Nouns that count people: an agent in their "of" complement is what they count. */
    private final Set<String> quantities;
    /** Prepositions of a place that gives an agent its country: "students throughout Indonesia". */
    private final Set<String> agentPlacePrepositions;
    /** Prepositions that place a people in a country: "Hungarians in Slovakia". */
    private final Set<String> residencePrepositions;

    AgentPlaces(ActorResolver resolver, WordLists words) {
        this.resolver = resolver;
        this.quantities = words.get("actors.quantities");
        this.agentPlacePrepositions = words.get("actors.agent-place-prepositions");
        this.residencePrepositions = words.get("actors.residence-prepositions");
    }

    /**
     * "students throughout Indonesia", "Muslim leaders in France": an agent placed in a country.
     * The place may also modify the quantity the agent is counted by ("tens of thousands of
     * students throughout Indonesia", where the parser hangs the place on "tens").
     */
    List<Mention> agentInCountry(Sentence s, Token head, String sector, Span span, String text, LocalDate date) {
        Token holder = head;
        while (true) {
            List<Mention> m = placedBy(s, holder, head, sector, span, text, date);
            if (!m.isEmpty() || holder.head() < 0 || !holder.baseRelation().equals("nmod")
                    || s.children(holder.index(), "case").stream().noneMatch(k -> k.lemma().equals("of"))
                    || !quantities.contains(s.token(holder.head()).lemma().toLowerCase(Locale.ROOT))) {
                return m;
            }
            holder = s.token(holder.head());
        }
    }

    private List<Mention> placedBy(Sentence s, Token holder, Token head, String sector, Span span, String text,
                                   LocalDate date) {
        for (Token c : s.children(holder.index())) {
            if (!c.baseRelation().equals("nmod")) {
                continue;
            }
            String prep = null;
            for (Token k : s.children(c.index(), "case")) {
                prep = k.lemma();
            }
            if (prep == null || !agentPlacePrepositions.contains(prep)) {
                continue;
            }
            // "the presidents of Kenya and Uganda": one agent of each conjoined country.
            List<Token> places = new ArrayList<>();
            places.add(c);
            if (head.pos().endsWith("S")) {
                places.addAll(s.children(c.index(), "conj"));
            }
            List<Mention> out = new ArrayList<>();
            for (Token place : places) {
                Actor placed = placedAgent(s, place, sector, date);
                if (placed != null) {
                    out.add(new Mention(span, text, placed, s.index(), head.index(), "agent-in-country"));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** The agent of the country a place phrase names ("Indonesia", "the Gaza Strip"), or null. */
    private Actor placedAgent(Sentence s, Token place, String sector, LocalDate date) {
        BitSet name = s.subtree(place.index(), x -> x.relation().equals("compound") || x.relation().equals("flat"));
        StringBuilder b = new StringBuilder();
        for (int i = name.nextSetBit(0); i >= 0; i = name.nextSetBit(i + 1)) {
            b.append(b.length() == 0 ? "" : " ").append(s.token(i).text());
        }
        for (Actor a : resolver.resolveStrict(b.toString(), date).actors()) {
            if (a.kind() == ActorKind.STATE && a.sector() == null && a.country() != null) {
                Actor placed = resolver.knowledgeBase().country(a.country())
                        .map(country -> resolver.countryActor(country, sector)).orElse(null);
                if (placed != null) {
                    return placed;
                }
            }
        }
        return null;
    }

    /**
     * A people named by its nationality but placed in another country by its own phrase
     * ("ethnic Hungarians in southern Slovakia", "Syrian refugees in Turkey") is coded, as
     * CAMEO does, by the country it is in; the nationality stays as its ethnicity. Only
     * civilians and refugees: "Russian troops in Ukraine" are Russia's.
     */
    Mention placedPeople(Mention m, Sentence s, Token head, LocalDate date) {
        Actor a = m.actor();
        if (!a.hasStateCountry() || !("CVL".equals(a.sector()) || "REF".equals(a.sector()))) {
            return m;
        }
        for (Token c : s.children(head.index())) {
            String prep = c.baseRelation().equals("nmod") ? s.caseOf(c) : null;
            if (prep == null || !residencePrepositions.contains(prep)) {
                continue;
            }
            Actor placed = placedAgent(s, c, a.sector(), date);
            if (placed != null && !placed.country().equals(a.country())) {
                Actor resident = new Actor(placed.code(), placed.country(), placed.sector(), placed.kind(), a.name(),
                        a.role(), a.entity(), a.otherSectors(), a.country());
                return new Mention(m.span(), m.text(), resident, m.sentenceIndex(), m.head(), m.how() + "+resident");
            }
        }
        return m;
    }

}
