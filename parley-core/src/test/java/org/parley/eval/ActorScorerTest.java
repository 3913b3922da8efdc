package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Actor figures and error tags on fictional phrases, counted by hand. */
class ActorScorerTest {

    private static final List<JsonNode> GOLD = Json.lines(
            "{'id':'a1','text':'the Arnor army','expected':{'country':'ARN','sector':'MIL'}}",
            "{'id':'a2','text':'Gondor','expected':{'country':'GON'}}",
            "{'id':'a3','text':'the rebels','expected':{'sector':'REB'}}",
            "{'id':'a4','text':'Rome','expected':{'country':'ITL','sector':'GOV'}}",
            "{'id':'a5','text':'Mordor police','context':'in the capital','expected':{'country':'MOR','sector':'COP'}}",
            "{'id':'a6','text':'a judge','expected':{'country':null,'sector':'JUD'}}",
            "{'id':'a7','text':'someone','expected':{}}",
            "{'id':'a8','text':'Rohan','expected':{'country':'ROH','sector':''}}");

    private static final List<JsonNode> SYSTEM = Json.lines(
            "{'id':'a1','actor':{'country':'ARN','sector':'GOV','sectors':['GOV','MIL']}}",
            "{'id':'a2','actor':{'country':'GON','sector':null}}",
            "{'id':'a3','actor':null}",
            "{'id':'a4','actor':{'country':'ita','sector':'gov'}}",
            "{'id':'a5','actor':{'country':'GON','sector':'COP'}}",
            "{'id':'a6','actor':{'country':'ROH','sector':'GOV'}}",
            "{'id':'a7','actor':null}");

    @Test
    void countryAndSectorAreScoredOnlyWhereGoldAsks() {
        Map<String, Object> f = new ActorScorer().score(GOLD, SYSTEM).figures();
        assertEquals(List.of("country_acc", "country_n", "sector_acc", "sector_n", "both_acc", "both_n"),
                List.copyOf(f.keySet()));
        assertEquals(5, f.get("country_n"), "a1 a2 a4 a5 a8");
        assertEquals(0.6, f.get("country_acc"), "a5 has another country, a8 no output");
        assertEquals(5, f.get("sector_n"), "a1 a3 a4 a5 a6; an empty sector is not asked");
        assertEquals(0.6, f.get("sector_acc"), "a1 through its secondary sector");
        assertEquals(3, f.get("both_n"));
        assertEquals(0.6667, f.get("both_acc"));
    }

    @Test
    void errorsSayWhatWasWrong() {
        EvalReport r = new ActorScorer().score(GOLD, SYSTEM);
        assertEquals(List.of("a3 unresolved", "a5 wrong country", "a6 wrong sector", "a8 unresolved"),
                r.errors().stream().map(e -> e.id() + " " + e.tag().label()).toList());
        EvalError a5 = r.errors().get(1);
        assertEquals("MOR/COP", a5.expected());
        assertEquals("GON/COP", a5.got());
        assertEquals("Mordor police | in the capital", a5.text());
    }

    @Test
    void sectorConfusionUsesTheExpectedSectorWhenTheActorHasIt() {
        EvalReport r = new ActorScorer().score(GOLD, SYSTEM);
        assertEquals(1, r.confusion().count("MIL", "MIL"));
        assertEquals(1, r.confusion().count("JUD", "GOV"));
        assertEquals(1, r.confusion().count("REB", Confusion.NONE));
        TypeRow gov = r.types().stream().filter(t -> t.type().equals("GOV")).findFirst().orElseThrow();
        assertEquals(new TypeRow("GOV", 1, 2, 1, 1), gov);
    }

    @Test
    void noGoldGivesNoAccuracy() {
        Map<String, Object> f = new ActorScorer().score(List.of(), List.of()).figures();
        assertEquals(null, f.get("country_acc"));
        assertEquals(0, f.get("country_n"));
    }
}
