package org.parley.actors;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the knowledge base finds in a noun phrase's words, before any rule decides: the person,
 * organisation, countries and agent word it names, whether its head is covered, and the name
 * the knowledge base lacks.
 *
 * @param words       the phrase's words in order
 * @param proper      which words are proper nouns
 * @param head        index of the head word
 * @param on          the date roles are read on
 * @param placeAtHead the head lies inside a known place name whose matches are only agent
 *                    words or capitals ("West Bank"): the phrase names a place, no actor
 * @param person      the first person named, or null
 * @param org         the first organisation named, or null
 * @param headCovered whether a knowledge-base match covers the head
 * @param sector      the sector of the agent word nearest the head, or null
 * @param sectorDefers whether that agent word defers to the organisation or agent it leads
 *                    ("EU leaders", "chairman of the board")
 * @param countries   the countries named, in order, by the form they were named in
 * @param unknownName consecutive proper words ending at the head that nothing matched, or null
 * @param steps       the reasoning so far
 */
record PhraseReading(List<String> words, boolean[] proper, int head, LocalDate on, boolean placeAtHead,
                     Term.PersonTerm person, Term.OrgTerm org, boolean headCovered, String sector,
                     boolean sectorDefers, Map<String, Term.CountryTerm> countries, String unknownName,
                     List<String> steps) {

    PhraseReading {
        words = List.copyOf(words);
        proper = proper.clone();
        countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        steps = List.copyOf(steps);
    }

    /** Whether the head is a proper noun: a title before it may make it a person's name. */
    boolean properHead() {
        return proper[head];
    }
}
