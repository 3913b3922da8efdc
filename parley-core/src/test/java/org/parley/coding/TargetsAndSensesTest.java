package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.annotate.ConlluReader;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;
import org.parley.testing.EventSummaries;
import org.parley.testing.Fixtures;

/**
 * Targets inside what an act is about (a possessor, a nationality, an organisation or a "by"
 * agent of the object; the recipient deep in an intended act), and senses that depend on the
 * object (force on tariffs, recognition of an importance, death in an accident), with the
 * events dated and their people coded as of the event. Sentences of our own, parsed once into
 * {@code lexicon/targets.conllu} and {@code lexicon/senses.conllu}; each case states the whole
 * set of events (CAMEO root or code, source and target countries), so an extra event fails.
 */
class TargetsAndSensesTest {

    private static Map<String, ParsedDocument> targets;
    private static Map<String, ParsedDocument> senses;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        targets = ConlluReader.readDocuments(Fixtures.resource("lexicon/targets.conllu"), LocalDate.of(2024, 6, 1));
        senses = ConlluReader.readDocuments(Fixtures.resource("lexicon/senses.conllu"), LocalDate.of(2024, 6, 1));
        pipeline = Fixtures.pipeline();
    }

    private static List<String> roots(Map<String, ParsedDocument> set, String id) {
        assertTrue(set.containsKey(id), "no parse for " + id);
        return EventSummaries.of(pipeline, set.get(id), EventType::root);
    }

    private static List<String> codes(String id) {
        assertTrue(senses.containsKey(id), "no parse for " + id);
        return EventSummaries.of(pipeline, senses.get(id), EventType::code);
    }

    @Test
    void theOwnerOfWhatIsRejectedOrWelcomedIsTheTarget() {
        assertEquals(List.of("12 CHL>PER"), roots(targets, "poss-object"));
        assertEquals(List.of("11 EGY>ISR"), roots(targets, "poss-blockade"));
        assertEquals(List.of("12 CHN>JPN"), roots(targets, "amod-object"));
        assertEquals(List.of("12 LBN>UNO"), roots(targets, "compound-org-object"));
        assertEquals(List.of("12 CIV>CIV"), roots(targets, "from-object"));
        assertEquals(List.of("05 HUN>EUR"), roots(targets, "body-decision"));
        assertEquals(List.of("12 CHL>"), roots(targets, "no-owner"));
    }

    @Test
    void theAgentOfANominalIsTheTargetAndACapitalThereIsItsGovernment() {
        assertEquals(List.of("10 KOR>JPN"), roots(targets, "by-nominal"));
        assertEquals(List.of("05 UKR>RUS"), roots(targets, "by-withdrawal"));
    }

    @Test
    void theRecipientOfAnIntendedActIsFoundInItsClause() {
        assertEquals(List.of("03 KEN>UGA"), roots(targets, "offer-recipient"));
        assertEquals(List.of("03 POL>LTU"), roots(targets, "ready-recipient"));
        assertEquals(List.of("03 GBR>MOZ"), roots(targets, "promise-continue"));
    }

    @Test
    void conjoinedPlacesOfAnActAreItsTargets() {
        assertEquals(List.of("19 RUS>AZE+GEO"), roots(targets, "borders-with"));
    }

    @Test
    void forceOnAnEconomicObjectIsNone() {
        assertEquals(List.of("085 THA>"), codes("eliminate-tariffs"));
        assertEquals(List.of("085 ARG>BRA"), codes("dismantle-barriers"));
        assertEquals(List.of("186 THA>THA"), codes("eliminate-commander"));
        assertEquals(List.of("163 USA>CHN"), codes("impose-tariffs"));
        assertEquals(List.of("085 CAN>USA"), codes("lift-tariffs"));
    }

    @Test
    void recognitionNeedsAnActorToRecognize() {
        assertEquals(List.of(), codes("recognize-importance"));
        assertEquals(List.of("054 DEU>XKX"), codes("recognize-state"));
    }

    @Test
    void speakingWithALeaderIsAConsultationSpeakingToTheMediaIsNone() {
        assertEquals(List.of("040 USA>FRA"), codes("spoke-with"));
        assertEquals(List.of(), codes("spoke-to-reporters"));
    }

    @Test
    void aPassiveActInAnAttackHasTheAttackersSourceAndAMishapIsNoAttack() {
        assertEquals(List.of("190 UKR>RUS"), codes("killed-in-strike"));
        assertTrue(codes("killed-in-operation").contains("190 USA>SYR"), codes("killed-in-operation").toString());
        assertEquals(List.of(), codes("killed-in-accident"));
    }

    @Test
    void aHostileActHeldInAViewIsTheHoldersAccusation() {
        assertEquals(List.of("112 RUS>IGO"), codes("quote-topic"));
    }

    @Test
    void aBackgroundEventIsDatedToItsYear() {
        List<Event> events = pipeline.analyze(senses.get("killed-in-year")).events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(LocalDate.of(2011, 1, 1), events.get(0).date());
    }

    @Test
    void peopleAreCodedAsOfTheEventNotTheArticle() {
        // Reported on Monday 6 January 2020 of a strike on the Friday before: he was still the commander.
        ParsedDocument doc = ConlluReader.read("soleimani-friday",
                Fixtures.resource("lexicon/senses.conllu").split("# newdoc id = soleimani-friday\n")[1].split("# newdoc")[0],
                LocalDate.of(2020, 1, 6));
        Event kill = pipeline.analyze(doc).events().stream().filter(e -> e.type().code().equals("190")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2020, 1, 3), kill.date());
        assertEquals("IRNMIL", kill.target().get(0).actor().code());
    }

    @Test
    void aRegnalNumberIsNoSurname() {
        assertTrue(pipeline.analyze(senses.get("annex-object")).mentions().stream()
                .noneMatch(m -> m.text().contains("Annex")), "Annex III resolved as a person");
    }
}
