package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.annotate.ConlluReader;
import org.parley.model.Analysis;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;
import org.parley.testing.EventSummaries;
import org.parley.testing.Fixtures;

/**
 * A side the text gives is never lost: the country of an "of" phrase or apposition, the
 * country the document makes salient, the nearest office of a known person, the parties
 * behind "the two leaders", peoples coded by where they live, the role a role noun names.
 * Sentences of our own with invented people, parsed once into {@code actors/context.conllu};
 * each case states the whole set of events (CAMEO root, source and target countries).
 */
class ActorContextTest {

    private static Map<String, ParsedDocument> parses;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        parses = ConlluReader.readDocuments(Fixtures.resource("actors/context.conllu"), LocalDate.of(2024, 6, 1));
        pipeline = Fixtures.pipeline();
    }

    private static List<String> events(String id) {
        ParsedDocument doc = parses.get(id);
        assertTrue(doc != null, "no parse for " + id);
        return EventSummaries.of(pipeline, doc, EventType::root);
    }

    private static Mention mention(String id, String text) {
        Analysis a = pipeline.analyze(parses.get(id));
        return a.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + a.mentions()));
    }

    @Test
    void anOfPhraseOrAppositionGivesTheCountry() {
        assertEquals(List.of("11 NGA>GHA"), events("of-country"));
        assertEquals(List.of("11 IRN>ISR"), events("appos-of-country"));
        assertEquals(List.of("04 SAU>EGY"), events("of-kingdom"));
        assertEquals(List.of("05 BHR>KWT"), events("poss-country"));
        assertEquals(List.of("05 BHR>KWT"), events("appos-country"));
    }

    @Test
    void anOfPhraseThatNamesNoCountryGivesNone() {
        assertEquals(List.of(), events("of-org-no-country"));
    }

    @Test
    void aTitledNameTheKnowledgeBaseLacksTakesTheSalientCountry() {
        assertEquals(List.of("05 GHA>NGA", "08 GHA>"), events("salient-country"));
        assertTrue(mention("salient-country", "President Kofi Amankwah").how().endsWith("salient-country"));
    }

    @Test
    void withoutALeadingCountryAndWithANameThatIsAlsoATownNoCountryIsGuessed() {
        // Mali and Niger tie; "Ada" is a town, but here it is part of the minister's name.
        assertEquals(List.of("05 ->TCD", "05 MLI>NER", "05 NER>MLI"), events("no-salient-country"));
    }

    @Test
    void aKnownPersonOutsideTheirOfficeKeepsItsCountry() {
        assertEquals(List.of("13 USA>IRQ"), events("former-president"));
    }

    @Test
    void aPronounBindsToTheTitledPersonOfItsSentence() {
        assertEquals(List.of("03 NGA>GHA"), events("she-titled"));
    }

    @Test
    void theTwoLeadersAreThePartiesTheDocumentNamed() {
        assertEquals(List.of("03 KEN>UGA", "03 UGA>KEN", "04 KEN>UGA", "04 UGA>KEN"), events("two-leaders"));
        assertEquals(List.of("03 ARM>AZE", "03 AZE>ARM", "04 ARM>AZE", "04 AZE>ARM"), events("both-sides"));
    }

    @Test
    void oneCountryNamedMakesNoTwoParties() {
        assertEquals(List.of("04 KEN>KEN"), events("two-leaders-one-country"));
    }

    @Test
    void peoplesAreCodedByTheCountryTheyLiveInTroopsByTheirOwn() {
        assertEquals(List.of("14 SVK>SVK"), events("ethnic-in-country"));
        assertEquals("HUN", mention("ethnic-in-country", "Ethnic Hungarians").actor().ethnicity());
        assertEquals(List.of("14 TUR>TUR"), events("refugees-in-country"));
        assertEquals(List.of("19 RUS>UKR"), events("troops-in-country"));
    }

    @Test
    void aRoleNounRefersToThePersonOfThatRole() {
        assertEquals(List.of("04 USA>FRA", "05 USA>FRA"), events("role-noun-title"));
    }

    @Test
    void regnalNumbersAndDocumentNumbersAreNoPeople() {
        assertEquals(List.of(), pipeline.analyze(parses.get("annex-iii")).mentions().stream()
                .filter(m -> m.actor().kind() == org.parley.model.ActorKind.PERSON).toList());
        assertEquals(List.of(), pipeline.analyze(parses.get("executive-order")).mentions());
    }
}
