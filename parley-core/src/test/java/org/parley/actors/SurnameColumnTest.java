package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.parley.data.DataFileException;
import org.parley.data.TsvTable;

/**
 * The optional {@code surname} column of a people table: an imported person marked {@code no}
 * is found by full name only, and a person our own table lists keeps the surname lookup.
 * Fictional people.
 */
class SurnameColumnTest {

    private static final String HEADER = "person\tname\taliases\tcountry\tsector\trole\torg\tstart\tend";

    private static TsvTable table(String name, String text) {
        return TsvTable.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static KnowledgeBase.Builder withCountries() {
        return KnowledgeBase.builder().addCountries(TsvTable.resource(KnowledgeBase.DIR + "countries.tsv"));
    }

    private static final String IMPORTED = HEADER + "\tsurname\n"
            + "ola-brandvik\tOla Brandvik\t\tNOR\tGOV\tMinister\t\t2004-01-01\t2008-12-31\tno\n"
            + "kari-lunde\tKari Lunde\t\tNOR\tGOV\tMinister\t\t2004-01-01\t2008-12-31\tyes\n";

    @Test
    void aPersonMarkedNoIsFoundByFullNameOnly() {
        KnowledgeBase kb = withCountries().addPeople(table("imported", IMPORTED)).build();
        ActorResolver resolver = new ActorResolver(kb);
        LocalDate in2005 = LocalDate.of(2005, 6, 1);

        assertTrue(kb.bySurname("Brandvik").isEmpty());
        assertFalse(resolver.resolve("Brandvik", in2005).resolved());
        Resolution full = resolver.resolve("Ola Brandvik", in2005);
        assertTrue(full.resolved(), full.steps().toString());
        assertEquals("NORGOV", full.actors().get(0).code());

        assertEquals(1, kb.bySurname("Lunde").size());
        assertEquals("NORGOV", resolver.resolve("Lunde", in2005).actors().get(0).code());
    }

    @Test
    void ourOwnTableKeepsTheSurnameOfAPersonAnImportedLayerMarksNo() {
        String ours = HEADER + "\n" + "ola-brandvik\tOla Brandvik\t\tNOR\tGOV\tPrime Minister\t\t2009-01-01\t\n";
        KnowledgeBase kb = withCountries().addPeople(table("imported", IMPORTED)).addPeople(table("ours", ours)).build();
        assertEquals(1, kb.bySurname("Brandvik").size());
        Person p = kb.bySurname("Brandvik").get(0);
        assertEquals(2, p.spells().size(), "the imported spell and ours are one person's");
        Resolution r = new ActorResolver(kb).resolve("Brandvik", LocalDate.of(2010, 1, 1));
        assertEquals("Prime Minister", r.actors().get(0).role());
    }

    @Test
    void aSurnameCellOtherThanYesOrNoIsAnErrorWithItsLine() {
        String bad = HEADER + "\tsurname\n" + "ola-brandvik\tOla Brandvik\t\tNOR\tGOV\tMinister\t\t2004-01-01\t\tmaybe\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> withCountries().addPeople(table("bad.tsv", bad)));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("maybe"), e.getMessage());
    }
}
