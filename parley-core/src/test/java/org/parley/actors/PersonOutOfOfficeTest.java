package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.parley.data.TsvTable;
import org.parley.model.Actor;

/**
 * A known person named with an organisation ("UN envoy X") acts for the organisation on a day
 * they hold no known office, and by their office while they hold one. A fictional person.
 */
class PersonOutOfOfficeTest {

    private static final ActorResolver RESOLVER = new ActorResolver(KnowledgeBase.builder()
            .addCountries(TsvTable.resource(KnowledgeBase.DIR + "countries.tsv"))
            .addOrganizations(TsvTable.resource(KnowledgeBase.DIR + "organizations.tsv"))
            .addAgents(TsvTable.resource(KnowledgeBase.DIR + "agents.tsv"))
            .addPeople(TsvTable.read("fictional", new ByteArrayInputStream(("""
                    person\tname\taliases\tcountry\tsector\trole\torg\tstart\tend
                    ola-brandvik\tOla Brandvik\t\tNOR\tGOV\tForeign Minister\t\t2004-01-01\t2008-12-31
                    """).getBytes(StandardCharsets.UTF_8))))
            .build());

    private static Actor resolve(String phrase, String date) {
        return RESOLVER.resolve(phrase, LocalDate.parse(date)).actors().get(0);
    }

    @Test
    void outOfOfficeTheOrganisationOfThePhraseDecides() {
        Actor envoy = resolve("UN envoy Ola Brandvik", "2012-06-01");
        assertEquals("IGOUNO", envoy.code());
        assertEquals("UNO", envoy.country());
    }

    @Test
    void inOfficeTheRoleDecides() {
        assertEquals("NORGOV", resolve("UN envoy Ola Brandvik", "2006-06-01").code());
    }

    @Test
    void withoutAnOrganisationAFormerOfficeHolderIsAnElite() {
        assertEquals("NORELI", resolve("Ola Brandvik", "2012-06-01").code());
    }
}
