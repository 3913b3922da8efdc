package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;

/**
 * Loads the real PETRARCH dictionaries kept beside the project ({@code ../shared}); skips when
 * they are absent. Times are printed, not asserted.
 */
class PetrarchDictionarySharedTest {

    private static final String PHOENIX = "data/dictionaries/phoenix/";

    /** The {@code shared} folder beside the repository root (the folder holding {@code examples/}). */
    private static Path shared() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        assumeTrue(dir != null && dir.getParent() != null, "repository root not found");
        return dir.getParent().resolve("shared");
    }

    private static Path sharedFile(String relative) {
        Path file = shared().resolve(relative);
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        return file;
    }

    private static PetrarchDictionary.Summary timedLoad(Path file, KnowledgeBase.Builder b) {
        long t0 = System.nanoTime();
        PetrarchDictionary.Summary s = PetrarchDictionary.load(file, b);
        System.out.printf("%s: %d people, %d organisations, %d agents, %d skipped, %d warnings in %d ms%n",
                s.file(), s.people(), s.organizations(), s.agents(), s.skipped(), s.warnings().size(),
                (System.nanoTime() - t0) / 1_000_000);
        s.warnings().forEach(w -> System.out.println("  " + w));
        return s;
    }

    private static String code(ActorResolver r, String phrase, String date) {
        Resolution res = r.resolve(phrase, LocalDate.parse(date));
        assertTrue(res.resolved(), phrase + " on " + date + ": " + res.steps());
        return res.actors().get(0).code();
    }

    @Test
    void phoenixCountryActors() {
        Path file = sharedFile(PHOENIX + "Phoenix.Countries.actors.txt");
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        PetrarchDictionary.Summary s = timedLoad(file, b);
        assertTrue(s.people() > 10_000, s.toString());
        assertTrue(s.warnings().size() <= PetrarchDictionary.MAX_WARNINGS);
        ActorResolver r = new ActorResolver(b.build());
        // HOSNI_MUBARAK_: [EGYGOV 811014-110211] then the undated default [EGYELI].
        assertEquals("EGYGOV", code(r, "Hosni Mubarak", "2005-06-01"));
        assertEquals("EGYELI", code(r, "Hosni Mubarak", "2013-06-01"));
        assertEquals("EGYGOV", code(r, "President Husni Mubarak", "1995-06-01"));
        // MOHAMMAD_ZAHIR_SHAH_: [AFGGOV 331108-730717], [AFGELI 730717-070723].
        assertEquals("AFGGOV", code(r, "Mohammad Zahir Shah", "1950-01-01"));
        assertEquals("AFGELI", code(r, "Mohammad Zahir Shah", "1990-01-01"));
        // HAMID_KARZAI_: [AFGELI 750101-000101], [AFGGOV >011222].
        assertEquals("AFGELI", code(r, "Hamid Karzai", "1990-01-01"));
        assertEquals("AFGGOV", code(r, "Hamid Karzai", "2005-01-01"));
    }

    @Test
    void phoenixInternationalAndNonStateActors() {
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        PetrarchDictionary.Summary intl = timedLoad(sharedFile(PHOENIX + "Phoenix.International.actors.txt"), b);
        PetrarchDictionary.Summary mnsa = timedLoad(sharedFile(PHOENIX + "Phoenix.MilNonState.actors.txt"), b);
        assertTrue(intl.organizations() > 3_000, intl.toString());
        assertTrue(mnsa.people() + mnsa.organizations() > 500, mnsa.toString());
        ActorResolver r = new ActorResolver(b.build());
        // KOFI_ANNAN_: [IGOUNO 970101-061231] then [ELI].
        assertEquals("IGOUNO", code(r, "Kofi Annan", "2000-01-01"));
        assertEquals("---ELI", code(r, "Kofi Annan", "2010-01-01"));
        // TALIBAN_ [AFGREB]
        Actor taliban = r.resolve("Taliban", LocalDate.of(2010, 1, 1)).actors().get(0);
        assertEquals("AFGREB", taliban.code());
    }

    @Test
    void phoenixAgents() {
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        PetrarchDictionary.Summary s = timedLoad(sharedFile(PHOENIX + "Phoenix.agents.txt"), b);
        assertTrue(s.agents() > 1_500, s.toString());
        KnowledgeBase kb = b.build();
        assertEquals("AGR", kb.agentSector("sharecroppers"));
        assertEquals("GOV", kb.agentSector("foreign ministry"));
        assertEquals("CVL", kb.agentSector("civilians"));
    }

    @Test
    void petrarchValidationActors() {
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        PetrarchDictionary.Summary s = timedLoad(sharedFile("eval/petrarch-unit/PETR.Validate.actors.txt"), b);
        assertTrue(s.people() > 20, s.toString());
        ActorResolver r = new ActorResolver(b.build());
        // SAM_GAMGEE [HOB] with dated codes: the dated ones win while they apply.
        assertEquals("HOBMIL", code(r, "Sam Gamgee", "2009-01-01"));
        assertEquals("ORCHOB", code(r, "Sam Gamgee", "2010-01-10"));
        assertEquals("HOBELI", code(r, "Sam Gamgee", "2014-01-01"));
    }
}
