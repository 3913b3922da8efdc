package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Event figures, types, confusion and error tags on a small gold file about fictional
 * countries (ARN Arnor, GON Gondor, MOR Mordor, ROH Rohan), counted by hand.
 */
class EventScorerTest {

    private static final List<JsonNode> GOLD = Json.lines(
            "{'id':'r1','text':'Arnor agreed with Gondor on a truce.','events':[{'source':['ARN/GOV'],'target':['GON/GOV'],'plover':'AGREE','code':null}]}",
            "{'id':'r2','text':'The Rohan king demanded that Mordor withdraw.','events':[{'source':['ROH/GOV'],'target':['MOR'],'plover':'DEMAND'}]}",
            "{'id':'r3','text':'Gondor troops attacked Mordor forts.','events':[{'source':['GON/MIL'],'target':['MOR/MIL'],'plover':'FIGHT'}]}",
            "{'id':'r4','text':'Arnor praised Rohan.','events':[{'source':['ARN'],'target':['ROH'],'plover':'SUPPORT'}]}",
            "{'id':'r5','text':'Mordor threatened Gondor.','events':[{'source':['MOR'],'target':['GON'],'plover':'THREATEN'}]}",
            "{'id':'r6','text':'The weather was mild in Arnor.','events':[],'noevents':true}",
            "{'id':'r7','text':'Gondor accused Mordor.','events':[{'source':['GON'],'target':['MOR'],'plover':'ACCUSE'}]}",
            "{'id':'r8','text':'garbled','events':[{'source':['ARN'],'target':[],'plover':'AGREE'}],'error':'unreadable'}",
            "{'id':'r9','text':'Arnor met the United Nations.','events':[{'source':['ARN'],'target':['IGO'],'plover':'CONSULT'}]}",
            "{'id':'r10','text':'Rohan condemned Mordor.','events':[{'source':['ROH'],'target':['MOR'],'plover':'DISAPPROVE'}]}");

    private static final List<JsonNode> SYSTEM = Json.lines(
            "{'id':'r1','events':[]}",
            "{'id':'r1','events':[" + event("AGREE", "030", actor("ARNGOV", "ARN"), actor("GONGOV", "GON")) + "]}",
            "{'id':'r2','events':[" + event("REQUEST", "020", actor("ROHGOV", "ROH"), null) + "]}",
            "{'id':'r3','events':[" + event("ASSAULT", "190", actor("MORMIL", "MOR"), actor("GONMIL", "GON")) + "]}",
            "{'id':'r5','events':[" + event("REJECT", "120", actor("MOR", "MOR"), actor("GON", "GON")) + "]}",
            "{'id':'r6','events':[" + event("AGREE", "030", actor("ARN", "ARN"), null) + "]}",
            "{'id':'r7','events':[" + event("ACCUSE", "112", null, actor("MOR", "MOR")) + "]}",
            "{'id':'r8','events':[" + event("AGREE", "030", actor("ARN", "ARN"), null) + "]}",
            "{'id':'r9','events':[" + event("CONSULT", "040", actor("ARN", "ARN"),
                    "{'code':'IGOUNO','country':'UNO','kind':'igo','text':'the United Nations'}") + "]}",
            "{'id':'r10','events':[" + event("ACCUSE", "111", actor("ROH", "ROH"), actor("GON", "GON")) + "]}",
            "{'id':'elsewhere','events':[" + event("AGREE", "030", actor("ARN", "ARN"), null) + "]}");

    private static String actor(String code, String country) {
        return "{'code':'" + code + "','country':'" + country + "','kind':'state','text':'" + code + "'}";
    }

    private static String event(String plover, String cameo, String source, String target) {
        return "{'plover':'" + plover + "','cameo':'" + cameo + "','source':[" + (source == null ? "" : source)
                + "],'target':[" + (target == null ? "" : target) + "]}";
    }

    private static EvalReport score(EventMode mode) {
        return new EventScorer().score(new EventReader(mode).read(GOLD, SYSTEM), mode);
    }

    @Test
    void figuresCountTypesAndDyadsRecordByRecord() {
        Map<String, Object> f = score(EventMode.PLOVER).figures();
        assertEquals(10, f.get("records"));
        assertEquals(8, f.get("gold_events"), "r6 has none, r8 is an error record");
        assertEquals(9, f.get("system_events"), "the first r1 line is replaced; 'elsewhere' has no gold record");
        assertEquals(1, f.get("silent_records"));
        // type: found r1 r2 r3 r7 r9 r10 (6 of 8); right: the same six of 9
        assertEquals(0.6667, f.get("type_precision"));
        assertEquals(0.75, f.get("type_recall"));
        assertEquals(0.7059, f.get("type_f1"));
        // dyad: r1 and r9 (IGO is the UN's group code)
        assertEquals(0.2222, f.get("dyad_precision"));
        assertEquals(0.25, f.get("dyad_recall"));
        assertEquals(0.2353, f.get("dyad_f1"));
    }

    @Test
    void eachMissIsTaggedWithWhatWentWrong() {
        List<String> tags = score(EventMode.PLOVER).errors().stream()
                .map(e -> e.id() + " " + e.tag().label()).toList();
        assertEquals(List.of("r2 missing target", "r3 wrong side", "r4 silent", "r5 wrong type", "r6 spurious",
                "r7 missing source", "r8 spurious", "r10 wrong side"), tags);
    }

    @Test
    void confusionPairsSameTypesFirstAndShowsMissesAndExtras() {
        Confusion c = score(EventMode.PLOVER).confusion();
        assertEquals(2, c.count("ACCUSE", "ACCUSE"), "DISAPPROVE reads as ACCUSE");
        assertEquals(1, c.count("THREATEN", "REJECT"));
        assertEquals(1, c.count("SUPPORT", Confusion.NONE));
        assertEquals(2, c.count(Confusion.NONE, "AGREE"));
        assertEquals(Confusion.NONE, c.rows().get(c.rows().size() - 1));
    }

    @Test
    void perTypeTableCountsGoldAndSystemOfEachType() {
        Map<String, TypeRow> rows = new java.util.HashMap<>();
        score(EventMode.PLOVER).types().forEach(t -> rows.put(t.type(), t));
        assertEquals(new TypeRow("ACCUSE", 2, 2, 2, 2), rows.get("ACCUSE"));
        assertEquals(new TypeRow("AGREE", 1, 3, 1, 1), rows.get("AGREE"));
        assertEquals(new TypeRow("REJECT", 0, 1, 0, 0), rows.get("REJECT"));
        assertEquals(null, rows.get("REJECT").recall());
        assertEquals(0.0, rows.get("REJECT").precision());
        assertEquals("ACCUSE", score(EventMode.PLOVER).types().get(0).type(), "most gold events first");
    }

    @Test
    void cameoModeComparesRootsOfCameoElseCode() {
        List<JsonNode> gold = Json.lines(
                "{'id':'a','events':[{'source':'ARN','target':'GON','code':'042'}]}",
                "{'id':'b','events':[{'source':'ARNGOV','target':'MOR','cameo':'','code':'111'}]}",
                "{'id':'c','events':[{'source':'ARN','target':'GON','code':'190'}]}");
        List<JsonNode> system = Json.lines(
                "{'id':'a','events':[" + event("CONSULT", "043", actor("ARNGOV", "ARN"), actor("GON", "GON")) + "]}",
                "{'id':'b','events':[" + event("ACCUSE", "112", actor("GON", "GON"), actor("MOR", "MOR")) + "]}",
                "{'id':'c','events':[" + event("ASSAULT", "180", actor("ARN", "ARN"), actor("GON", "GON")) + "]}");
        EvalReport r = new EventScorer().score(new EventReader(EventMode.CAMEO).read(gold, system), EventMode.CAMEO);
        assertEquals(0.6667, r.figures().get("type_recall"));
        assertEquals(0.3333, r.figures().get("dyad_recall"), "b has the wrong source");
        assertEquals(List.of(ErrorTag.WRONG_SIDE, ErrorTag.WRONG_TYPE), r.errors().stream().map(EvalError::tag).toList());
        assertEquals(1, r.confusion().count("19", "18"));
    }

    @Test
    void aSideOfUnknownCountryIsMissingNotWrong() {
        CodedEvent gold = new CodedEvent("AGREE", java.util.Set.of("IGO"), java.util.Set.of("LBR"), "gold");
        CodedEvent unknown = new CodedEvent("AGREE", java.util.Set.of("IGO"), java.util.Set.of("---"), "system");
        CodedEvent other = new CodedEvent("AGREE", java.util.Set.of("IGO"), java.util.Set.of("GIN"), "system");
        assertEquals(ErrorTag.MISSING_TARGET, EventErrors.sideTag(gold, unknown));
        assertEquals(ErrorTag.WRONG_SIDE, EventErrors.sideTag(gold, other));
    }

    @Test
    void scoresNothingGracefully() {
        EvalReport r = new EventScorer().score(List.of(), EventMode.PLOVER);
        assertEquals(0.0, r.figures().get("type_f1"));
        assertEquals(List.of(), r.confusion().rows());
    }
}
