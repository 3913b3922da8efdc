package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pairs gold event records with system output records of the same id. A gold record marked
 * {@code noevents} or carrying an {@code error} has no gold events; a gold id absent from
 * the system output has no system events; system records without a gold record are ignored.
 */
public final class EventReader {

    private final EventMode mode;

    public EventReader(EventMode mode) {
        this.mode = mode;
    }

    public List<EventRecord> read(List<JsonNode> gold, List<JsonNode> system) {
        Map<String, JsonNode> systemById = JsonLines.byId(system);
        List<EventRecord> out = new ArrayList<>();
        for (JsonNode rec : gold) {
            List<CodedEvent> goldEvents = new ArrayList<>();
            if (!JsonLines.truthy(rec.get("noevents")) && !JsonLines.truthy(rec.get("error"))) {
                for (JsonNode e : events(rec)) {
                    goldEvents.add(new CodedEvent(mode.type(e), ActorKeys.gold(e.get("source")),
                            ActorKeys.gold(e.get("target")), label(e, true)));
                }
            }
            List<CodedEvent> systemEvents = new ArrayList<>();
            JsonNode sys = systemById.get(JsonLines.key(rec.get("id")));
            if (sys != null) {
                for (JsonNode e : events(sys)) {
                    systemEvents.add(new CodedEvent(mode.type(e), ActorKeys.system(e.get("source")),
                            ActorKeys.system(e.get("target")), label(e, false)));
                }
            }
            out.add(new EventRecord(JsonLines.text(rec.get("id")), JsonLines.text(rec.get("text")), goldEvents,
                    systemEvents));
        }
        return out;
    }

    private static List<JsonNode> events(JsonNode rec) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode events = rec.get("events");
        if (events != null && events.isArray()) {
            events.forEach(e -> {
                if (e.isObject()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    /** "TYPE SOURCE -> TARGET", with the CAMEO code in CAMEO mode or when the system gave one. */
    private String label(JsonNode e, boolean gold) {
        String type = mode.type(e);
        StringBuilder b = new StringBuilder(type.isEmpty() ? "(no type)" : type);
        String code = JsonLines.text(e.hasNonNull("cameo") ? e.get("cameo") : e.get("code"));
        if (!code.isEmpty() && (mode == EventMode.PLOVER || code.length() > 2)) {
            b.append(" (").append(code).append(')');
        }
        b.append(' ').append(side(e.get("source"), gold)).append(" -> ").append(side(e.get("target"), gold));
        return b.toString();
    }

    private static String side(JsonNode side, boolean gold) {
        List<String> names = new ArrayList<>();
        if (side != null && side.isTextual()) {
            names.add(side.textValue());
        } else if (side != null && side.isArray()) {
            for (JsonNode a : side) {
                if (a.isObject() && gold) {
                    names.add(JsonLines.text(a.get("code")));
                } else if (a.isObject()) {
                    String code = JsonLines.text(a.get(a.hasNonNull("code") ? "code" : "country"));
                    String text = JsonLines.text(a.get("text"));
                    names.add(code.isEmpty() || text.isEmpty() ? code : code + " \"" + text + "\"");
                } else {
                    names.add(JsonLines.text(a));
                }
            }
        }
        names.removeIf(String::isEmpty);
        return names.isEmpty() ? "-" : String.join("+", names);
    }
}
