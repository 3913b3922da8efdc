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

    private static Actor first(String text) {
        Resolution r = Fixtures.components().resolver().resolve(text, DATE);
        assertTrue(r.resolved(), text + ": " + r.steps());
        return r.actors().get(0);
    }

    /** Every sector the actor carries, primary first, as the JSON "sectors" lists them. */
    private static List<String> sectors(Actor a) {
        List<String> all = new java.util.ArrayList<>();
        if (a.sector() != null) {
            all.add(a.sector());
        }
        all.addAll(a.otherSectors());
        return all;
    }

    @ParameterizedTest(name = "{0} → bloc {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the UN refugee agency   | UNO
            UN Security Council     | UNO
            the European Commission | EUR
            European Parliament     | EUR
            the IMF                 | IGO
            the World Bank          | IGO
            the OSCE                | IGO
            NATO                    | IGO
            """)
    void intergovernmentalOrganisationsCarryTheirBlocAsCountry(String text, String bloc) {
        Actor a = first(text);
        assertEquals(ActorKind.IGO, a.kind());
        assertEquals(bloc, a.country(), text);
        assertFalse(a.hasStateCountry());
    }

    @Test
    void aPersonInAnIgoOfficeCarriesTheBloc() {
        Actor a = first("António Guterres");
        assertEquals("IGOUNO", a.code());
        assertEquals("UNO", a.country());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a police spokesman             | ---   | COP
            Catholic leaders               | ---   | REL
            the bank's chairman            | ---   | BUS
            Hamas officials                | PSE   | REB
            Russian officials              | RUS   | GOV
            an intelligence agency officer | ---   | SPY
            Turkish army officers          | TUR   | MIL
            """)
    void memberWordsTakeTheSectorOfTheBodyNamed(String text, String country, String sector) {
        Actor a = first(text);
        assertEquals(country.equals("---") ? null : country, a.country(), text);
        assertEquals(sector, a.sector(), text);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the West Bank            | PSE | CVL
            WEST BANK                | PSE | CVL
            the Gaza Strip           | PSE | CVL
            Gaza                     | PSE | CVL
            East Jerusalem           | PSE | CVL
            the Golan Heights        | SYR | CVL
            Golan                    | SYR | CVL
            West Bank police         | PSE | COP
            Gaza Strip fishermen     | PSE | AGR
            """)
    void placeNamesWinOverTheAgentWordsAndCapitalsInsideThem(String text, String country, String sector) {
        Actor a = first(text);
        assertEquals(country, a.country(), text);
        assertEquals(sector, a.sector(), text);
    }

    @Test
    void aPlaceNameInsideASentenceIsNoAgent() {
        // Inside a sentence a place is where something happens, not a bank of unknown country.
        Resolution r = Fixtures.components().resolver().resolveStrict("West Bank", DATE);
        assertFalse(r.resolved(), r.steps().toString());
        assertEquals(null, r.agentSector(), r.steps().toString());
        assertEquals("BUS", Fixtures.components().resolver().resolveStrict("the bank", DATE).agentSector());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nato                    | IGOWSTNAT
            NATO                    | IGOWSTNAT
            Palestinian territories | PSE
            Palestinian Territories | PSE
            """)
    void everyCapitalisationOfANameIsAccepted(String text, String code) {
        Actor a = first(text);
        assertEquals(code, a.code(), text);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Kurds                       | null | CVL
            Iraqi Kurds                 | IRQ  | CVL
            Turkish Kurds               | TUR  | CVL
            ethnic Albanians            | ALB  | CVL
            ethnic Hungarians           | HUN  | CVL
            the Yoruba                  | NGA  | CVL
            Igbo traders                | NGA  | BUS
            Ibo                         | NGA  | CVL
            Hausa farmers               | NGA  | AGR
            Jewish settlers             | ISR  | CVL
            """)
    void peoplesAreCiviliansOfTheCountryThePhraseOrTheirNameGives(String text, String country, String sector) {
        Actor a = first(text);
        assertEquals(country, a.country(), text);
        assertEquals(sector, a.sector(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hezbolla                            | LBNREBHZB
            Hizballah fighters                  | LBNREBHZB
            UNITA                               | AGOREBUNI
            SPLM/A                              | SDNREBSPL
            the Sudan People's Liberation Movement | SDNREBSPL
            RUF rebels                          | SLEREBRUF
            the Revolutionary United Front      | SLEREBRUF
            """)
    void rebelMovementsByNameAndSpelling(String text, String code) {
        assertEquals(code, first(text).code(), text);
    }

    @ParameterizedTest(name = "{0} → {1} with PRE")
    @CsvSource(delimiter = '|', textBlock = """
            South Ossetia             | GEO | GOV
            Transnistrian authorities | MDA | GOV
            Donetsk People's Republic | UKR | GOV
            Abkhaz troops             | GEO | MIL
            """)
    void breakawayRegionsAreTheClaimingStateWithPre(String text, String country, String sector) {
        Actor a = first(text);
        assertEquals(country, a.country(), text);
        assertEquals(sector, a.sector(), text);
        assertTrue(a.otherSectors().contains("PRE"), a.toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            she                 | PERSON
            several men         | GROUP
            a group of men      | GROUP
            """)
    void unnamedPeopleAreUnidentifiedActors(String text, String kind) {
        Actor a = first(text);
        assertEquals("UNK", a.sector());
        assertEquals(null, a.country());
        assertEquals(ActorKind.valueOf(kind), a.kind());
    }

    @Test
    void aThingOfACountryIsAnUnidentifiedActorOfThatCountry() {
        Actor a = first("a Sudanese village");
        assertEquals("SDN", a.country());
        assertEquals("UNK", a.sector());
    }

    @Test
    void anAgentWordInsideANonActorHeadGivesTheSector() {
        Actor a = first("drug cartel networks");
        assertEquals("CRM", a.sector());
        assertEquals(null, a.country());
    }

    @Test
    void aTownAsAnActorIsItsCivilians() {
        Actor a = first("Aleppo");
        assertEquals("SYR", a.country());
        assertEquals("CVL", a.sector());
    }

    @Test
    void aMultiwordCityPlacesAnAgent() {
        Actor a = first("Rio de Janeiro police");
        assertEquals("BRA", a.country());
        assertEquals("COP", a.sector());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            paramilitaries         | PRM
            pro-government militia | PRM
            foreign mercenaries    | UAF
            ordinary Georgians     | CVL
            Scottish police        | COP
            """)
    void agentConventions(String text, String sector) {
        assertEquals(sector, first(text).sector(), text);
    }

    @Test
    void secondarySectorsOfOrganisations() {
        assertEquals(List.of("HRI", "NGO"), sectors(first("Amnesty International")));
        assertEquals(List.of("MED", "GOV"), sectors(first("Xinhua")));
        assertEquals("GBR", first("Scottish police").country());
    }

    @Test
    void aMemberWordDoesNotDeferToAnAppositionAfterIt() {
        // A misparsed apposition: "senior officers, a court martial" is officers, not a court.
        List<String> words = List.of("senior", "officers", "a", "court", "martial");
        Resolution r = Fixtures.components().resolver().resolveWords(words, new boolean[words.size()], 1, true, DATE);
        assertEquals("MIL", r.agentSector(), r.steps().toString());
    }
}
