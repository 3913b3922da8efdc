package org.parley.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.parley.model.EventType;

class OntologyTest {

    private final Ontology ontology = Ontology.load();

    @Test
    void everyRootAndCodeIsPresent() {
        Set<String> roots = new TreeSet<>();
        ontology.all().forEach(t -> roots.add(t.root()));
        assertEquals(20, roots.size(), roots.toString());
        assertTrue(ontology.all().size() >= 300, "codes: " + ontology.all().size());
    }

    @Test
    void quadClassFollowsTheRoot() {
        for (EventType t : ontology.all()) {
            int root = Integer.parseInt(t.root());
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
            assertEquals(expected, t.quad(), t.code());
        }
    }

    @Test
    void everyCodeOutsideStatementsHasAPloverType() {
        for (EventType t : ontology.all()) {
            if (t.root().equals("01")) {
                assertNull(t.plover(), t.code());
            } else {
                assertNotNull(t.plover(), t.code());
            }
        }
    }

    @Test
    void knownCodes() {
        EventType reject = ontology.get("120");
        assertEquals("REJECT", reject.plover());
        assertEquals(-4.0, reject.goldstein());
        assertEquals("CONSULT", ontology.get("043").plover());
        assertEquals("REQUEST", ontology.get("020").plover());
        assertEquals("RETREAT", ontology.get("0871").plover());
        assertEquals(-10.0, ontology.get("204").goldstein());
        assertTrue(ontology.find("999").isEmpty());
    }
}
