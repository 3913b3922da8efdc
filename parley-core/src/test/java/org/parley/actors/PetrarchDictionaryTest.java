package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.data.DataFileException;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class PetrarchDictionaryTest {

    private static PetrarchDictionary.Summary actors;
    private static PetrarchDictionary.Summary agents;
    private static KnowledgeBase kb;
    private static ActorResolver resolver;

    @BeforeAll
    static void load() throws URISyntaxException {
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        actors = PetrarchDictionary.load(fixture("ruritania.actors.txt"), b);
        agents = PetrarchDictionary.load(fixture("ruritania.agents.txt"), b);
        kb = b.build();
        resolver = new ActorResolver(kb);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PetrarchDictionaryTest.class.getResource("/petrarch/" + name).toURI());
    }

    private static Actor actor(String phrase, String date) {
        Resolution r = resolver.resolve(phrase, LocalDate.parse(date));
        assertTrue(r.resolved(), phrase + " on " + date + " should resolve: " + r.steps());
        return r.actors().get(0);
    }

    @Test
    void countsWhatWasImported() {
        assertEquals("ruritania.actors.txt", actors.file());
        assertEquals(5, actors.people(), actors.toString());
        assertEquals(3, actors.organizations(), actors.toString());
        assertEquals(0, actors.agents());
        assertEquals(6, agents.agents(), agents.toString());
        assertEquals(0, agents.people());
    }

    @Test
    void datedCodesChooseTheRoleByDate() {
        assertEquals("RURGOV", actor("Rudolf Elphberg", "2000-06-01").code());
        assertEquals("RURELI", actor("Rudolf Elphberg", "2012-06-01").code());
        Actor king = actor("Rudolf Elphberg", "2005-12-31");
        assertEquals("RURGOV", king.code(), "the until-date is inclusive");
        assertEquals(ActorKind.PERSON, king.kind());
        assertEquals("RUR", king.country());
        assertEquals("GOV", king.sector());
        assertEquals("dictionary code RURGOV", king.role());
    }

    @Test
    void sixDigitDatesUntilDatesAndUndatedDefaults() {
        assertEquals("RURMIL", actor("Flavia Strelsau", "1995-03-01").code());
        Actor minister = actor("Flavia Strelsau", "2005-03-01");
        assertEquals("RURGOV", minister.code(), "a third sector stays in the role only");
        assertEquals("dictionary code RURGOVFRM", minister.role());
        assertEquals("RURELI", actor("Flavia Strelsau", "2015-03-01").code(), "undated default after the ranges");
        assertEquals("SYLGOV", actor("Ottokar von Kropp", "2020-01-01").code(), "function words stay lower case");
    }

    @Test
    void organisationOfficesAndBareSectorCodes() {
        assertEquals("IGOSYL", actor("Boris Musstler", "2005-01-01").code());
        Actor later = actor("Boris Musstler", "2015-01-01");
        assertEquals("---ELI", later.code());
        assertNull(later.country());
    }

    @Test
    void synonymsResolve() {
        assertEquals("RURGOV", actor("King Rudolf", "1999-01-01").code());
        assertEquals("RURGOV", actor("Rudolf the Fifth", "1999-01-01").code());
        assertEquals("RURELI", actor("Princess Flavia", "2020-01-01").code());
        assertEquals("IGOSYL", actor("League of Syldavia", "2020-01-01").code());
    }

    @Test
    void namesBeforeTheCodesShareThem() {
        assertEquals("RURMIL", actor("Michael of Strelsau", "1998-01-01").code());
        assertEquals("RURMIL", actor("Black Michael", "1998-01-01").code());
        assertTrue(kb.people().stream().anyMatch(p -> p.id().equals("petrarch:ruritania.actors.txt:38")
                && p.aliases().equals(List.of("Black Michael"))));
    }

    @Test
    void internationalActorsBecomeOrganisations() {
        Actor league = actor("Syldavian League of Nations", "2020-01-01");
        assertEquals(ActorKind.IGO, league.kind());
        Actor fund = actor("Klow Relief Fund", "2020-01-01");
        assertEquals("NGOSYLHRI", fund.code());
        assertEquals(ActorKind.NGO, fund.kind());
        Actor brigade = actor("Bordurian Brigade", "2020-01-01");
        assertEquals("IMGBRD", brigade.code());
        assertEquals(ActorKind.GROUP, brigade.kind(), "militarised groups are groups");
        assertTrue(kb.organizations().stream().anyMatch(o -> o.id().equals("petrarch:ruritania.actors.txt:30")));
    }

    @Test
    void personIdsNameTheFileAndLine() {
        assertTrue(kb.people().stream().anyMatch(p -> p.id().equals("petrarch:ruritania.actors.txt:12")
                && p.name().equals("Rudolf Elphberg") && p.spells().size() == 2));
    }

    @Test
    void countryEntriesAreSkippedNotImportedAsPeople() {
        assertTrue(kb.people().stream().noneMatch(p -> p.name().equals("Ruritania")));
        assertFalse(resolver.resolve("Ruritania", LocalDate.of(2020, 1, 1)).resolved());
        assertTrue(actors.warnings().stream().anyMatch(w -> w.startsWith("ruritania.actors.txt:8: 1 country")),
                actors.warnings().toString());
    }

    @Test
    void agentsGiveSectorsWithPluralForms() {
        assertEquals("GOV", kb.agentSector("grand vizier"));
        assertEquals("GOV", kb.agentSector("grand viziers"));
        assertEquals("MIL", kb.agentSector("palace guardsmen"));
        assertEquals("MIL", kb.agentSector("palace guardswoman"));
        assertEquals("MIL", kb.agentSector("hussars of strelsau"));
        assertEquals("CVL", kb.agentSector("court jester"));
        assertNull(kb.agentSector("court jesters"), "{} means no plural");
        assertEquals("MED", kb.agentSector("balladeers"), "the ~ is optional");
        assertEquals("GOV", kb.agentSector("tax farmers"), "first sector of a compound code");
        assertNull(kb.agentSector("truce warden"), "prefix codes are skipped");
    }

    @Test
    void malformedLinesBecomeWarnings() {
        List<String> w = actors.warnings();
        assertTrue(w.stream().anyMatch(x -> x.startsWith("ruritania.actors.txt:3: ")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("ruritania.actors.txt:44: ") && x.contains("bad date")),
                w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("ruritania.actors.txt:45: ") && x.contains("[---]")),
                w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("ruritania.actors.txt:46: ") && x.contains("no code")),
                w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("ruritania.actors.txt:48: ") && x.contains("unclosed")),
                w.toString());
        assertEquals(6, actors.skipped(), actors.toString());
        assertTrue(kb.people().stream().noneMatch(p -> p.name().equals("Bad Date Person")));
        assertEquals(2, agents.skipped(), agents.toString());
        assertTrue(agents.warnings().stream().anyMatch(x -> x.startsWith("ruritania.agents.txt:11: ")),
                agents.warnings().toString());
    }

    @Test
    void warningsAreCapped(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("NAMELESS_").append(i).append(" [12]\n");
        }
        Path file = Files.writeString(dir.resolve("many.actors.txt"), text);
        PetrarchDictionary.Summary s = PetrarchDictionary.load(file, KnowledgeBase.builder());
        assertEquals(50, s.skipped());
        assertEquals(PetrarchDictionary.MAX_WARNINGS, s.warnings().size());
        assertTrue(s.warnings().get(s.warnings().size() - 1).contains("more warnings"));
    }

    @Test
    void latin1FilesAreReadAndAgentsAreDetectedByContent(@TempDir Path dir) throws IOException {
        Path actorsFile = dir.resolve("latin.txt");
        Files.write(actorsFile, "JOS\u00C9_C\u00D4TE_ [SYLGOV]\n".getBytes(StandardCharsets.ISO_8859_1));
        Path agentsFile = dir.resolve("sectors.txt");
        Files.writeString(agentsFile, "HALBERDIER [~MIL]\nBANNERMAN {BANNERMEN} [~MIL]\n");
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        assertEquals(1, PetrarchDictionary.load(actorsFile, b).people());
        assertEquals(2, PetrarchDictionary.load(agentsFile, b).agents());
        KnowledgeBase k = b.build();
        assertTrue(k.people().stream().anyMatch(p -> p.name().equals("Jos\u00E9 C\u00F4te")));
        assertEquals("MIL", k.agentSector("bannermen"));
    }

    @Test
    void missingFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("no-such.actors.txt");
        DataFileException e = assertThrows(DataFileException.class,
                () -> PetrarchDictionary.load(missing, KnowledgeBase.builder()));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        DataFileException dirError = assertThrows(DataFileException.class,
                () -> PetrarchDictionary.load(dir, KnowledgeBase.builder()));
        assertTrue(dirError.getMessage().contains(dir.toString()), dirError.getMessage());
    }

    @Test
    void datesAndNames() {
        assertEquals(LocalDate.of(2004, 3, 9), PetrarchDictionary.parseDate("040309"));
        assertEquals(LocalDate.of(1991, 12, 21), PetrarchDictionary.parseDate("911221"));
        assertEquals(LocalDate.of(1927, 1, 1), PetrarchDictionary.parseDate("19270101"));
        assertNull(PetrarchDictionary.parseDate("2004017"));
        assertNull(PetrarchDictionary.parseDate("20100230"));
        assertEquals("Sergey V. Lavrov", PetrarchDictionary.displayName("SERGEY_V._LAVROV_", false));
        assertEquals("Bashar Al-Assad", PetrarchDictionary.displayName("BASHAR_AL-ASSAD", false));
        assertEquals("UN", PetrarchDictionary.displayName("UN_", true));
        assertEquals("U.N. Secretary General", PetrarchDictionary.displayName("U.N._SECRETARY_GENERAL", true));
        assertEquals("Stanko Todorov", PetrarchDictionary.displayName("STANKO_TODOROV (ACTING_", false));
        assertEquals("UN_Secy_Gen".replace('_', ' '), PetrarchDictionary.displayName("UN_Secy_Gen", true));
        assertEquals("farmers", PetrarchDictionary.plural("farmer"));
        assertEquals("ministries", PetrarchDictionary.plural("ministry"));
        assertEquals("bosses", PetrarchDictionary.plural("boss"));
    }
}
