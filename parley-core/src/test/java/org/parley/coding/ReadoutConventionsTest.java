package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.annotate.ConlluReader;
import org.parley.model.EventType;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;
import org.parley.testing.EventSummaries;
import org.parley.testing.Fixtures;

/**
 * How meeting and call readouts name their parties and what they report: a short name after
 * a full one, an honorific, "the leaders" of a two-party text, the topic of a discussion, a
 * demand that another must act, whose support an act continues, and texts as objects. Sentences
 * of our own, parsed once into {@code lexicon/readouts.conllu}; each case states the whole set
 * of events (CAMEO code, source and target codes), so an extra event fails (sides are countries, "-" for an actor without one).
 */
class ReadoutConventionsTest {

    private static Map<String, ParsedDocument> docs;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        docs = ConlluReader.readDocuments(Fixtures.resource("lexicon/readouts.conllu"), LocalDate.of(2025, 6, 1));
        pipeline = Fixtures.pipeline();
    }

    private static List<String> events(String id) {
        assertTrue(docs.containsKey(id), "no parse for " + id);
        return EventSummaries.of(pipeline, docs.get(id), EventType::code);
    }

    @Test
    void aShortNameAfterAFullOneIsThePersonIntroduced() {
        // "King Abdullah" alone would be Saudi Arabia's late king; the text introduced Jordan's.
        assertEquals(List.of("051 JOR>PRT"), events("introduced-name"));
        // A shared title binds nothing: each surname keeps its own person.
        assertEquals(List.of("040 DEU>NLD", "051 NLD>DEU"), events("introduced-name-other"));
    }

    @Test
    void anHonorificIsATitleNotAPronoun() {
        assertEquals(List.of("040 FRA>NLD", "051 FRA>NLD"), events("honorific"));
    }

    @Test
    void theLeadersOfATwoPartyTextAreBothParties() {
        assertEquals(List.of("032 DEU>NLD", "032 NLD>DEU", "040 DEU>NLD"), events("definite-plural-two"));
        assertEquals(List.of(), events("definite-plural-three"));
    }

    @Test
    void whatADiscussionIsAboutIsNoEventAndNeitherAreItsConjuncts() {
        assertEquals(List.of("040 ARG>CHL", "040 CHL>ARG", "041 ARG>CHL"), events("discussed-topic"));
    }

    @Test
    void aDemandThatAnotherMustActReplacesTheAct() {
        assertEquals(List.of("1053 QAT>-"), events("modal-demand"));
    }

    @Test
    void theActorsOwnCountryAsAModifierIsNoTarget() {
        assertEquals(List.of("030 DEU>MDA"), events("own-country-modifier"));
        // A party's own proposal as the topic leaves the meeting mutual.
        assertEquals(List.of("040 ARM>AZE", "040 AZE>ARM"), events("party-own-target"));
    }

    @Test
    void forceDoneToATextIsNone() {
        assertEquals(List.of(), events("document-object"));
        assertEquals(List.of("154 SDN>"), events("document-object-negative"));
    }

    @Test
    void aConsultationWithNoOneNamedIsWithTheTextsOtherParty() {
        assertEquals(List.of("040 DEU>NLD", "041 DEU>NLD", "051 DEU>"), events("counterpart"));
        // Three states named: no one to pick.
        assertEquals(List.of("040 DEU>", "042 DEU+FRA+POL>BEL"), events("counterpart-three"));
    }

    @Test
    void aDispositionToActIsNoAlert() {
        assertEquals(List.of("040 KEN>SOM", "040 SOM>KEN"), events("disposition"));
        assertEquals(List.of("152 RUS>RUS"), events("disposition-negative"));
    }

    @Test
    void aCountedPluralNamesThatManyPartiesAndNoOnePerson() {
        assertEquals(List.of("040 DEU>FRA+NLD", "040 FRA>DEU+NLD", "040 NLD>DEU+FRA"), events("three-leaders"));
        // Two states named: "the three leaders" are not known, nor is any one of them.
        assertEquals(List.of("040 DEU>NLD"), events("three-leaders-two-named"));
    }
}
