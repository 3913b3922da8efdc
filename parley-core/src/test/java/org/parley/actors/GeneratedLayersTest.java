package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Actor;
import org.parley.testing.Fixtures;

/**
 * The layers compiled from outside sources (tools/kb/gen_phoenix.py, gen_congress.py): their
 * people resolve by date, their organisations resolve, and what the selection rules leave out
 * (bare surnames that are English words, one-word company names that are English words, agent
 * words, which are not loaded) does not.
 */
class GeneratedLayersTest {

    private static Resolution resolve(String phrase, String date) {
        return Fixtures.components().resolver().resolve(phrase, LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Mohammad Hanif Atmar     | 2005-06-01 | AFGGOV
            Atmar                    | 2005-06-01 | AFGGOV
            Mohammad Hanif Atmar     | 2019-06-01 | AFGELI
            Mohammad Hanif Atmar     | 1995-06-01 | AFG
            Patrick Manning          | 2005-06-01 | TTOGOV
            Alexandria Ocasio-Cortez | 2020-06-01 | USALEG
            Chuck Schumer            | 1990-06-01 | USALEG
            """)
    void peopleWithDatedRoles(String phrase, String date, String code) {
        Resolution r = resolve(phrase, date);
        assertTrue(r.resolved(), phrase + " unresolved: " + r.steps());
        Actor a = r.actors().get(0);
        assertEquals(code, a.code(), r.steps().toString());
        assertEquals(code.substring(0, 3), a.country(), "a known person always keeps a country");
    }

    @Test
    void ourOwnSpellsWinOverTheImportedOnes() {
        Actor karzai = resolve("Hamid Karzai", "2005-06-01").actors().get(0);
        assertEquals("President", karzai.role());
        Actor schumer = resolve("Chuck Schumer", "2024-06-01").actors().get(0);
        assertEquals("Senate Majority Leader", schumer.role());
        assertEquals("Representative", resolve("Chuck Schumer", "1990-06-01").actors().get(0).role(),
                "an earlier office from the Congress layer, before ours begins");
    }

    @Test
    void aSurnameThatIsAnEnglishWordNamesNobody() {
        // Patrick Manning is in office on that date, but "manning" is an English word.
        Resolution r = resolve("Manning", "2005-06-01");
        assertFalse(r.resolved() && "TTO".equals(r.actors().get(0).country()), r.steps().toString());
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            General Electric         | USA  | BUS
            Jamaat Ansar al-Sunna    | IRQ  | REB
            """)
    void organisations(String phrase, String country, String sector) {
        Resolution r = resolve(phrase, "2010-01-01");
        assertTrue(r.resolved(), phrase + " unresolved: " + r.steps());
        assertEquals(country, r.actors().get(0).country(), r.steps().toString());
        assertEquals(sector, r.actors().get(0).sector(), r.steps().toString());
    }

    @Test
    void commonWordsFromTheDictionariesAreLeftOut() {
        // "Apple Inc" is kept as a company, but the bare word "Apple" is an English word.
        assertTrue(resolve("Apple Inc", "2010-01-01").resolved());
        assertFalse(resolve("Apple", "2010-01-01").resolved(), resolve("Apple", "2010-01-01").steps().toString());
        // "business" is in the Phoenix agent dictionary, whose words are not loaded.
        Resolution business = resolve("business", "2010-01-01");
        assertFalse(business.resolved(), business.steps().toString());
        assertNull(business.agentSector());
    }

    @Test
    void theImportedLayersAreLoadedBeforeOursAndCounted() {
        KnowledgeBase kb = Fixtures.components().knowledgeBase();
        assertTrue(kb.people().size() > 10_000, "people: " + kb.people().size());
        assertTrue(kb.organizations().size() > 1_000, "organisations: " + kb.organizations().size());
        assertNotEquals(0, kb.bySurname("Atmar").size());
        assertTrue(kb.bySurname("Manning").stream().noneMatch(p -> p.id().equals("patrick-manning")));
    }
}
