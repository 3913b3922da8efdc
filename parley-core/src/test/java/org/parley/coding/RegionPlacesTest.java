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
 * Regions as places and "Congress", on sentences of our own parsed once into
 * {@code regions.conllu}: a region is the target of last resort ("exercises in Alaska" target
 * the United States), a country beats the region of its name ("in Georgia" is GEO), a region
 * whose gazetteer name differs from the text ("Kashmir", "Jammu and Kashmir") codes without
 * error, and "Congress" alone is the US Congress while "the Congress party" is Indian.
 */
class RegionPlacesTest {

    private static Map<String, ParsedDocument> parses;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        parses = ConlluReader.readDocuments(Fixtures.resource("lexicon/regions.conllu"), LocalDate.of(2015, 6, 9));
        pipeline = Fixtures.pipeline();
    }

    /** The events of a fixture sentence as "CODE SOURCE>TARGET" with country codes, sorted. */
    private static List<String> events(String id) {
        ParsedDocument doc = parses.get(id);
        assertTrue(doc != null, "no parse for " + id);
        return EventSummaries.of(pipeline, doc, EventType::code);
    }

    @Test
    void aRegionIsTheTargetOfLastResort() {
        assertEquals(List.of("150 RUS>USA"), events("region-alaska"));
    }

    @Test
    void theCountryBeatsTheUsStateOfItsName() {
        assertEquals(List.of("150 TUR>GEO"), events("region-georgia"));
    }

    @Test
    void aRegionPlacesDomesticProtest() {
        assertEquals(List.of("141 IND>IND"), events("region-kashmir"));
    }

    @Test
    void aRegionNamedOtherwiseInTheGazetteerCodesWithoutError() {
        // The gazetteer calls the place "Jammu and Kashmir"; the target mention keeps the text "Kashmir".
        assertTrue(events("region-kashmir-patrol").contains("193 PAK>IND"));
    }

    @Test
    void bareCongressIsTheUnitedStatesCongress() {
        assertEquals(List.of("020 USA>USA"), events("congress-us"));
    }

    @Test
    void theCongressPartyIsIndian() {
        assertEquals(List.of("111 IND>PAK"), events("congress-india"));
    }
}
