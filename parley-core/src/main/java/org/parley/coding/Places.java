package org.parley.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.Location;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.places.Gazetteer;

/**
 * Where an event happened: a place named in the predicate's clause ("in Riyadh", "talks, held
 * in Riyadh", "stormed the embassy in Niamey", "killed in an operation in Syria"), through the
 * gazetteer; else, once the whole document is coded, the place of another mention of the same
 * kind of event.
 */
final class Places {

    /** An eventive noun seen anywhere, even without actors, for filling another mention's place. */
    record NominalMention(int sentence, String root, Location location) {
    }

    private final Gazetteer gazetteer;
    /** Prepositions that place an event: "in Riyadh", "at the border". */
    private final Set<String> placePreps;
    /** Also the vicinity, for where an unnamed assailant struck: "near the town of Samarra". */
    private final Set<String> vicinityPreps;
    /** Nouns whose "of" complement is the name: "the Saudi city of Jeddah". */
    private final Set<String> placeNouns;

    Places(Gazetteer gazetteer, WordLists words) {
        this.gazetteer = gazetteer;
        this.placePreps = words.get("coding.place-prepositions");
        this.vicinityPreps = words.get("coding.vicinity-prepositions");
        this.placeNouns = words.get("coding.place-nouns");
    }

    /** A place named in the predicate's clause, preferring places in {@code preferCountry}. */
    Location locate(Sentence s, Token t, String preferCountry) {
        return locate(s, t, preferCountry, placePreps);
    }

    /** As {@link #locate}, also near the predicate ("near", "outside"): where an unnamed assailant struck. */
    Location locateVicinity(Sentence s, Token t) {
        return locate(s, t, null, vicinityPreps);
    }

    private Location locate(Sentence s, Token t, String preferCountry, Set<String> preps) {
        List<Token> places = new ArrayList<>();
        List<Token> nested = new ArrayList<>();
        for (Token c : s.children(t.index())) {
            if (c.baseRelation().equals("obl") || c.baseRelation().equals("nmod")) {
                places.add(c);
                // "killed in a US operation in Syria": where the operation was, after the clause's own places.
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("nmod")) {
                        nested.add(g);
                    }
                }
            } else if (c.relation().equals("obj")) {
                // "stormed the French embassy in Niamey"
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("nmod")) {
                        places.add(g);
                    }
                }
            } else if (c.relation().startsWith("acl")) {
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("obl")) {
                        places.add(g);
                    }
                }
            }
        }
        places.addAll(nested);
        for (Token c : places) {
            String prep = s.caseOf(c);
            if (prep == null || !preps.contains(prep)) {
                continue;
            }
            Token placeHead = c;
            if (placeNouns.contains(c.lemma())) {
                // "in the Saudi city of Jeddah": the name is the "of" complement.
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("nmod") && "of".equals(s.caseOf(g))) {
                        placeHead = g;
                    }
                }
            }
            BitSet name = s.subtree(placeHead.index(), x -> x.relation().equals("compound") || x.relation().equals("flat"));
            Span span = s.spanOf(name);
            String text = s.text().substring(span.begin() - s.span().begin(), span.end() - s.span().begin());
            Optional<Location> loc = gazetteer.locate(text, span, preferCountry, "clause");
            if (loc.isPresent()) {
                return loc.get();
            }
        }
        return null;
    }

    /**
     * The place a nominal itself names, as an object acted on: "the city of Kharkiv", "Kharkiv";
     * null for anything else ("the talks", "the minister").
     */
    Location named(Sentence s, Token nominal) {
        Token head = nominal;
        if (placeNouns.contains(nominal.lemma())) {
            head = null;
            for (Token g : s.children(nominal.index())) {
                if (g.baseRelation().equals("nmod") && "of".equals(s.caseOf(g))) {
                    head = g;
                }
            }
        }
        if (head == null || !head.isProperNoun()) {
            return null;
        }
        BitSet name = s.subtree(head.index(), x -> x.relation().equals("compound") || x.relation().equals("flat"));
        Span span = s.spanOf(name);
        String text = s.text().substring(span.begin() - s.span().begin(), span.end() - s.span().begin());
        return gazetteer.locate(text, span, null, "object").orElse(null);
    }

    /**
     * An event without a place takes one from another mention of the same kind of event in
     * the document ("talks between X and Y" ... "The talks, held in Riyadh"), the nearest
     * first, a city before a bare country.
     */
    static List<Event> fillLocations(List<Event> events, List<NominalMention> nominals, Consumer<String> log) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.location() != null) {
                out.add(e);
                continue;
            }
            NominalMention best = null;
            for (NominalMention n : nominals) {
                if (!n.root().equals(e.type().root())) {
                    continue;
                }
                if (best == null || better(n, best, e.evidence().sentenceIndex())) {
                    best = n;
                }
            }
            if (best != null) {
                Location l = best.location();
                log.accept("event " + e.evidence().rule() + " in sentence " + e.evidence().sentenceIndex()
                        + " takes its place from sentence " + best.sentence() + ": " + l.name());
                out.add(e.withLocation(new Location(l.name(), l.country(), l.lat(), l.lon(), l.span(), "coreference")));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean better(NominalMention a, NominalMention b, int sentence) {
        boolean aCity = a.location().lat() != null;
        boolean bCity = b.location().lat() != null;
        if (aCity != bCity) {
            return aCity;
        }
        return Math.abs(a.sentence() - sentence) < Math.abs(b.sentence() - sentence);
    }
}
