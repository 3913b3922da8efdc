package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.testing.Fixtures;

/** Countries, demonyms with agents, seats of government, organisations and titled strangers. */
class PhraseResolutionTest {

    private static final LocalDate DATE = LocalDate.of(2025, 2, 18);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Polish troops                    | POLMIL    | POL  | MIL
            American warplanes               | USAMIL    | USA  | MIL
            the Kremlin                      | RUSGOV    | RUS  | GOV
            the White House                  | USAGOV    | USA  | GOV
            Downing Street                   | GBRGOV    | GBR  | GOV
            Russia                           | RUS       | RUS  | null
            the U.S.                         | USA       | USA  | null
            Britain                          | GBR       | GBR  | null
            Russia's foreign minister        | RUSGOV    | RUS  | GOV
            Ukrainian lawmakers              | UKRLEG    | UKR  | LEG
            Israeli police                   | ISRCOP    | ISR  | COP
            Syrian rebels                    | SYRREB    | SYR  | REB
            """)
    void phrases(String text, String code, String country, String sector) {
        Resolution r = Fixtures.components().resolver().resolve(text, DATE);
        assertTrue(r.resolved(), text + ": " + r.steps());
        Actor a = r.actors().get(0);
        assertEquals(code, a.code(), r.steps().toString());
        assertEquals(country, a.country());
        assertEquals(sector, a.sector());
    }

    @Test
    void natoIsAnIgo() {
        Actor a = Fixtures.components().resolver().resolve("NATO", DATE).actors().get(0);
        assertEquals(ActorKind.IGO, a.kind());
        assertTrue(a.code().startsWith("IGO"), a.code());
    }

    @Test
    void unknownPersonWithTitleGetsCountryAndSector() {
        Resolution r = Fixtures.components().resolver().resolve("Ruritanian-born Polish Defence Minister Jan Kowalczykiewicz", DATE);
        Actor a = r.actors().get(0);
        assertEquals("POL", a.country(), r.steps().toString());
        assertEquals("GOV", a.sector());
        assertEquals(ActorKind.PERSON, a.kind());
        assertEquals("Jan Kowalczykiewicz", a.name());
    }

    @Test
    void compoundDemonymsGiveOneActorEach() {
        List<Actor> actors = Fixtures.components().resolver().resolve("Russian and American delegations", DATE).actors();
        assertEquals(List.of("RUSGOV", "USAGOV"), actors.stream().map(Actor::code).toList());
    }

    @Test
    void capitalOutsideArgumentIsNotAGovernment() {
        Resolution r = Fixtures.components().resolver().resolveWords(List.of("Riyadh"), new boolean[] {true}, 0, false, DATE);
        assertFalse(r.resolved(), r.steps().toString());
    }

    @Test
    void roleNounAloneGivesOnlyASectorInsideASentence() {
        Resolution r = Fixtures.components().resolver().resolveStrict("the minister", DATE);
        assertFalse(r.resolved());
        assertEquals("GOV", r.agentSector());
    }

    @Test
    void roleNounGivenAsAnActorIsOfUnknownCountry() {
        Actor a = Fixtures.components().resolver().resolve("soldiers", DATE).actors().get(0);
        assertEquals("---MIL", a.code());
        assertEquals(null, a.country());
        assertEquals("MIL", a.sector());
    }

    @Test
    void formerOfficeHoldersAreElites() {
        assertEquals("ELI", Fixtures.components().resolver().resolve("a former Polish prime minister", DATE)
                .actors().get(0).sector());
    }

    @Test
    void aCityGivesTheCountryOfAnAgent() {
        Actor a = Fixtures.components().resolver().resolve("Shanghai authorities", DATE).actors().get(0);
        assertEquals("CHN", a.country());
        assertEquals("GOV", a.sector());
    }

    @Test
    void bareSurnameByOfficeOnTheDate() {
        assertEquals("USAGOV", Fixtures.components().resolver().resolve("Trump", LocalDate.of(2019, 4, 1))
                .actors().get(0).code());
        assertEquals("USAELI", Fixtures.components().resolver().resolve("Trump", LocalDate.of(2022, 4, 1))
                .actors().get(0).code());
    }

    @Test
    void contextSuppliesTheCountry() {
        Actor a = Fixtures.components().resolver().resolve("Defence Minister Jan Nowakowski-Zielinski", "Polish",
                DATE).actors().get(0);
        assertEquals("POL", a.country());
        assertEquals("GOV", a.sector());
    }
}
