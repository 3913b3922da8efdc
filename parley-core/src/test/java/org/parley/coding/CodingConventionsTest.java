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
 * The conventions a trained coder follows beyond single patterns, on sentences of our own
 * parsed once into {@code conventions.conllu}: what a framing act is about is not coded
 * again, ultimatums are threats, domestic protest targets the own country, a stative passive
 * keeps its subject as the source, contest verbs alone yield to a sports context, bare
 * statements are quotes. Each case states the whole set of events, so an extra event fails.
 */
class CodingConventionsTest {

    private static Map<String, ParsedDocument> parses;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        parses = ConlluReader.readDocuments(Fixtures.resource("lexicon/conventions.conllu"), LocalDate.of(2024, 6, 1));
        pipeline = Fixtures.pipeline();
    }

    /** The events of a fixture sentence as "CODE SOURCE>TARGET" with country codes, sorted. */
    private static List<String> events(String id) {
        ParsedDocument doc = parses.get(id);
        assertTrue(doc != null, "no parse for " + id);
        return EventSummaries.of(pipeline, doc, EventType::root);
    }

    @Test
    void whatIsRejectedOrDemandedIsNotCodedAgain() {
        assertEquals(List.of("12 CHL>PER"), events("frame-request"));
        assertEquals(List.of("10 KEN>UGA"), events("frame-demand"));
        assertEquals(List.of("03 NOR>"), events("frame-promise").stream().map(e -> e.replace("MDA", "")).toList());
    }

    @Test
    void theTopicOfTalksIsNotCodedAgain() {
        List<String> got = events("frame-talks");
        assertTrue(got.stream().allMatch(e -> e.startsWith("04 ")) && !got.isEmpty(), got.toString());
    }

    @Test
    void conjoinedActsAndActsInAdverbialsOfTimeAreKept() {
        List<String> conjoined = events("frame-conjoined");
        // Closing a border is CAMEO 191, a blockade.
        assertTrue(conjoined.contains("12 CHL>PER") && conjoined.stream().anyMatch(e -> e.startsWith("19 CHL")),
                conjoined.toString());
        List<String> after = events("frame-after");
        assertTrue(after.stream().anyMatch(e -> e.startsWith("12 ARM")) && after.stream().anyMatch(e -> e.startsWith("19 AZE")),
                after.toString());
    }

    @Test
    void aFutureActOnAnUnlessConditionIsAThreatToTheConditionsActor() {
        assertEquals(List.of("13 GHA>MLI"), events("ultimatum"));
    }

    @Test
    void protestWithNoNamedTargetIsDirectedAtTheOwnCountry() {
        assertEquals(List.of("14 KEN>KEN"), events("domestic-strike"));
    }

    @Test
    void engagedInKeepsTheSubjectAsTheSource() {
        List<String> got = events("stative-passive");
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("20 MMR>"), got.toString());
    }

    @Test
    void aSportsWordSilencesOnlyContestVerbs() {
        List<String> protest = events("contest-context");
        assertTrue(protest.stream().anyMatch(e -> e.startsWith("14 ") && e.endsWith(">CHN")), protest.toString());
        assertEquals(List.of(), events("contest-verb"));
    }

    @Test
    void aBareStatementIsAQuoteNotAnEvent() {
        assertEquals(List.of(), events("bare-statement"));
    }

    @Test
    void aLightVerbYieldsToTheEventiveNounItCarries() {
        assertEquals(List.of("04 QAT>SDN+TCD"), events("light-verb"));
    }

    @Test
    void aRepeatedActCodesLikeTheAct() {
        assertEquals(events("imposed"), events("reimposed"));
        assertTrue(events("imposed").get(0).startsWith("19 ISR"), events("imposed").toString());
    }
}
