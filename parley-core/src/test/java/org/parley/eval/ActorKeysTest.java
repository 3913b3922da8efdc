package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorKeysTest {

    @Test
    void goldCodesGiveCountryKeys() {
        assertEquals(Set.of("JPN", "ITA"), ActorKeys.gold(Json.of("['JAP/GOV', 'ITL']")), "old codes");
        assertEquals(Set.of("USA"), ActorKeys.gold(Json.of("'USAGOV'")), "a CAMEO code string");
        assertEquals(Set.of("ARN"), ActorKeys.gold(Json.of("[{'code':'ARNMIL'}, '---', '/GOV', '']")), "unknown, empty");
        assertEquals(Set.of("---"), ActorKeys.gold(Json.of("['---GOV']")), "only a bare --- means unknown");
        assertEquals(Set.of(), ActorKeys.gold(Json.of("null")));
    }

    @Test
    void systemActorsGiveTheirCountryOrCodeAndGroupCodes() {
        assertEquals(Set.of("UNO", "IGO", "IMG"), ActorKeys.system(Json.of("[{'code':'IGOUNO','country':'UNO','kind':'igo'}]")));
        assertEquals(Set.of("NGO"), ActorKeys.system(Json.of("[{'code':'NGOHRI','country':null,'kind':'ngo'}]")));
        assertEquals(Set.of("GON"), ActorKeys.system(Json.of("[{'code':'GONGOV','country':null,'kind':'state'}]")));
        assertEquals(Set.of("ARN"), ActorKeys.system(Json.of("[{'code':'X','country':'arn'}, 'not an actor']")));
    }

    @Test
    void anEmptyGoldSideAgreesWithAnything() {
        assertTrue(ActorKeys.agree(Set.of(), Set.of()));
        assertTrue(ActorKeys.agree(Set.of("ARN", "GON"), Set.of("GON")));
        assertFalse(ActorKeys.agree(Set.of("ARN"), Set.of()));
    }

    @Test
    void ratesRoundHalfToEvenLikeTheReferenceScorers() {
        assertEquals(0.0312, Rate.round(new Rate(1, 32).orZero()), "1/32 = 0.03125 exactly: half to even");
        assertEquals(0.0938, Rate.round(new Rate(3, 32).orZero()), "3/32 = 0.09375 exactly: half to even");
        assertEquals(0.6667, Rate.round(new Rate(2, 3).orZero()));
        assertEquals(null, Rate.round(new Rate(0, 0).orNull()));
        assertEquals(0.0, Rate.f1(0.0, 0.0));
    }
}
