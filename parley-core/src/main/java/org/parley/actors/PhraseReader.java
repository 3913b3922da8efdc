package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.data.WordLists;

/**
 * Reads a noun phrase's words against the knowledge base into a {@link PhraseReading}: every
 * match (a place name over the agent words inside it wins: "West Bank" is no bank), the agent
 * word nearest the head for the sector (a deferring head such as "leader" yields to the agent
 * word it leads), a country an agent word implies ("Yoruba"), a city that places an agent
 * ("Shanghai authorities"), "former" for an elite, and the name the knowledge base lacks.
 */
final class PhraseReader {

    /** The longest place name tried inside a phrase ("Santa Cruz de la Sierra" is rare; three words suffice). */
    private static final int MAX_PLACE_WORDS = 3;

    private final KnowledgeBase kb;
    /** Words that make an office holder a former one: an elite (ELI). */
    private final Set<String> former;
    /** Lower-case words inside place names ("Rio de Janeiro", "Dar es Salaam"). */
    private final Set<String> placeParticles;

    PhraseReader(KnowledgeBase kb, WordLists words) {
        this.kb = kb;
        this.former = words.get("actors.former-markers");
        this.placeParticles = words.get("actors.place-particles");
    }

    /**
     * @param words    the phrase's words in order
     * @param proper   which words are proper nouns (unknown ones may be a person's name)
     * @param head     index of the head word
     * @param argument true when the phrase is a clause argument (subject, agent, possessor),
     *                 where a capital names a government ("Kyiv said")
     * @param on       the date roles are read on
     */
    PhraseReading read(List<String> words, boolean[] proper, int head, boolean argument, LocalDate on) {
        List<String> steps = new ArrayList<>();
        List<PhraseIndex.Match> matches = kb.index().matchAll(words);
        int[] placeName = placeOverTerms(words, proper, matches, argument);
        if (placeName != null) {
            String name = String.join(" ", words.subList(placeName[0], placeName[1]));
            steps.add("'" + name + "' is a place in " + kb.place(name).orElseThrow().country()
                    + ": the agent word or capital inside it does not count");
            if (placeName[0] <= head && head < placeName[1]) {
                return new PhraseReading(words, proper, head, on, true, null, null, false, null, false, Map.of(),
                        null, steps);
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
            // The words of a name the knowledge base lacks are that name, not a city ("Minister Ada
            // Vell" is no official of Ada, Oklahoma).
            int nameStart = unknownName == null ? head + 1 : head - (int) unknownName.chars().filter(ch -> ch == ' ').count();
            placeSearch:
            for (int i = 0; i < words.size(); i++) {
                for (int end = Math.min(words.size(), i + MAX_PLACE_WORDS); end > i; end--) {
                    if (end > nameStart && i <= head || !unmatchedProperRun(words, proper, matched, i, end, head)) {
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
        return new PhraseReading(words, proper, head, on, false, person, org, headCovered, sector, sectorDefers,
                countries, unknownName, steps);
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

    private boolean hasFormerMarker(List<String> words) {
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (former.contains(l) || l.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private boolean unmatchedProperRun(List<String> words, boolean[] proper, boolean[] matched, int from, int to,
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

    private boolean properRun(List<String> words, boolean[] proper, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean particle = k > from && k < to - 1 && placeParticles.contains(words.get(k));
            if (!(proper[k] || particle)) {
                return false;
            }
        }
        return true;
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
