package org.parley.eval;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What counts as an event's type when gold and system events are compared. */
public enum EventMode {
    /**
     * The PLOVER type, upper-cased; the four older names some gold data uses count as the
     * current ones (DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT).
     */
    PLOVER,
    /**
     * The CAMEO root: the first two characters of {@code cameo}, else of {@code code} (gold
     * files use {@code code}; Parley writes both {@code cameo} and {@code root}).
     */
    CAMEO;

    private static final Map<String, String> OLD_PLOVER_NAMES = Map.of(
            "DEMAND", "REQUEST",
            "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE",
            "FIGHT", "ASSAULT");

    /** The type of one gold or system event object; "" when it has none. */
    public String type(JsonNode event) {
        if (this == PLOVER) {
            JsonNode plover = event.get("plover");
            String name = JsonLines.truthy(plover) ? JsonLines.text(plover).toUpperCase(Locale.ROOT) : "";
            return OLD_PLOVER_NAMES.getOrDefault(name, name);
        }
        JsonNode code = JsonLines.truthy(event.get("cameo")) ? event.get("cameo") : event.get("code");
        String text = JsonLines.truthy(code) ? JsonLines.text(code) : "";
        return text.length() <= 2 ? text : text.substring(0, 2);
    }

    /** The mode named on a command line ("plover" or "cameo", any case). */
    public static EventMode named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
