package org.parley.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.parley.model.Span;
import org.parley.testing.Fixtures;

/** Place names to locations: capitalised names only, regions as well as cities. */
class GazetteerTest {

    private static final Span SPAN = new Span(0, 4);

    @Test
    void aCommonNounIsNoPlace() {
        Gazetteer g = Fixtures.components().gazetteer();
        // "Tank" is a town in Pakistan; "tank" in "killed by tank fire" is a weapon.
        assertEquals("PAK", g.locate("Tank", SPAN, null, "test").orElseThrow().country());
        assertTrue(g.locate("tank", SPAN, null, "test").isEmpty());
    }

    @Test
    void palestinianAndSyrianRegions() {
        Gazetteer g = Fixtures.components().gazetteer();
        assertEquals("PSE", g.locate("the West Bank", SPAN, null, "test").orElseThrow().country());
        assertEquals("PSE", g.locate("Gaza Strip", SPAN, null, "test").orElseThrow().country());
        assertEquals("SYR", g.locate("Golan Heights", SPAN, null, "test").orElseThrow().country());
    }
}
