package org.parley.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The countries an event side names, as compared between gold and system. Two sides agree when
 * gold names none, or when they share a key.
 */
public final class ActorKeys {

    /** Old codes some gold data still uses. */
    private static final Map<String, String> OLD_COUNTRY_CODES = Map.of("JAP", "JPN", "ITL", "ITA");

    /**
     * System actors of an organisation also count under the group codes gold uses for them:
     * {@code IGO} and {@code IMG} for intergovernmental ones, {@code NGO} for the others, by
     * the actor's kind or its code's prefix.
     */
    private static final Map<String, String> GROUP_CODE_KINDS = Map.of("IGO", "igo", "NGO", "ngo", "IMG", "igo");

    private ActorKeys() {
    }

    /** The current code for an old country code, else the code as given. */
    public static String currentCountry(String code) {
        return OLD_COUNTRY_CODES.getOrDefault(code, code);
    }

    /**
     * Gold actors: a string, or a list of strings or of objects with {@code code}; each is
     * {@code ISO3/SECTOR} or a CAMEO code such as {@code USAGOV}; its key is the first three
     * letters before any slash. {@code ---} (unknown) and empty codes give no key.
     */
    public static Set<String> gold(JsonNode side) {
        Set<String> keys = new LinkedHashSet<>();
        if (side == null || side.isNull()) {
            return keys;
        }
        if (side.isTextual()) {
            addGold(side.textValue(), keys);
        } else if (side.isArray()) {
            for (JsonNode item : side) {
                addGold(item.isObject() ? JsonLines.text(item.get("code")) : JsonLines.text(item), keys);
            }
        }
        return keys;
    }

    private static void addGold(String item, Set<String> keys) {
        int slash = item.indexOf('/');
        String code = (slash < 0 ? item : item.substring(0, slash)).strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.equals("---")) {
            return;
        }
        keys.add(currentCountry(code.length() <= 3 ? code : code.substring(0, 3)));
    }

    /**
     * System actors (objects as {@code parley analyze} writes them): the {@code country}, else
     * the first three letters of the {@code code}; plus the group codes the actor falls under.
     */
    public static Set<String> system(JsonNode side) {
        Set<String> keys = new LinkedHashSet<>();
        if (side == null || !side.isArray()) {
            return keys;
        }
        for (JsonNode a : side) {
            if (!a.isObject()) {
                continue;
            }
            String country = JsonLines.text(a.get("country")).toUpperCase(Locale.ROOT);
            String code = JsonLines.text(a.get("code")).toUpperCase(Locale.ROOT);
            String kind = JsonLines.text(a.get("kind")).toLowerCase(Locale.ROOT);
            if (!country.isEmpty()) {
                keys.add(country);
            } else if (!code.isEmpty()) {
                keys.add(code.length() <= 3 ? code : code.substring(0, 3));
            }
            GROUP_CODE_KINDS.forEach((group, groupKind) -> {
                if (kind.equals(groupKind) || code.startsWith(group)) {
                    keys.add(group);
                }
            });
        }
        return keys;
    }

    /** Whether a system side agrees with a gold side. */
    public static boolean agree(Set<String> gold, Set<String> system) {
        if (gold.isEmpty()) {
            return true;
        }
        for (String k : gold) {
            if (system.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
