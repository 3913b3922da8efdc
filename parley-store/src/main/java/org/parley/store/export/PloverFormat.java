package org.parley.store.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One merged event as a PLOVER record, with the field names of the POLECAT data set (PLOVER's
 * coded news events) in snake case: {@code event_id}, {@code event_date}, {@code event_type},
 * {@code mode}, {@code context}, {@code quad_code}, the {@code actor_*} and {@code recipient_*}
 * name, country, primary sector and sectors, {@code placename}, {@code country},
 * {@code latitude}, {@code longitude}, {@code source}, {@code publication_date}; Parley adds
 * {@code actor_code}, {@code recipient_code}, {@code cameo}, {@code goldstein}, the counts, the
 * URL and an example sentence. PLOVER has no type for CAMEO's statements (01x): they have no
 * PLOVER record ({@link #has}).
 */
public final class PloverFormat {

    /** The fields of a record, in order. */
    public static final List<String> FIELDS = List.of("event_id", "event_date", "event_type", "mode", "context",
            "quad_code", "actor_name", "actor_country", "primary_actor_sector", "actor_sectors", "actor_code",
            "recipient_name", "recipient_country", "primary_recipient_sector", "recipient_sectors", "recipient_code",
            "placename", "country", "latitude", "longitude", "source", "url", "publication_date", "cameo", "goldstein",
            "num_mentions", "num_articles", "num_sources", "example");

    private static final String[] QUADS = {null, "VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT",
        "MATERIAL CONFLICT"};

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PloverFormat() {
    }

    /** Whether the event has a PLOVER type (statements, CAMEO 01x, have none). */
    public static boolean has(ExportRow r) {
        return r.plover() != null && !r.plover().isBlank();
    }

    /** The record of an event that {@link #has} a PLOVER type. */
    public static ObjectNode record(ExportRow r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("event_id", r.eventId());
        o.put("event_date", r.date() == null ? null : r.date().toString());
        o.put("event_type", r.plover());
        o.put("mode", r.mode());
        ArrayNode context = o.putArray("context");
        if (r.context() != null) {
            for (String c : r.context().split("[;,|]")) {
                if (!c.isBlank()) {
                    context.add(c.trim());
                }
            }
        }
        o.put("quad_code", r.quad() >= 1 && r.quad() <= 4 ? QUADS[r.quad()] : null);
        actor(o, "actor", r.sourceCode(), r.sourceCountry(), r.sourceName());
        actor(o, "recipient", r.targetCode(), r.targetCountry(), r.targetName());
        o.put("placename", r.location());
        o.put("country", r.locationCountry());
        o.put("latitude", r.lat());
        o.put("longitude", r.lon());
        o.put("source", ExportQueries.host(r.url()));
        o.put("url", r.url());
        o.put("publication_date", r.published() == null ? null : r.published().toString());
        o.put("cameo", r.cameo());
        o.put("goldstein", r.goldstein());
        o.put("num_mentions", r.mentions());
        o.put("num_articles", r.articles());
        o.put("num_sources", r.sources());
        o.put("example", r.example());
        return o;
    }

    /** The record as one JSON line. */
    public static String line(ExportRow r) {
        try {
            return MAPPER.writeValueAsString(record(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void actor(ObjectNode o, String role, String code, String country, String name) {
        FipsCountries.Country known = FipsCountries.get().of(country);
        String n = name != null ? name : known != null ? known.name() : null;
        o.put(role + "_name", n);
        o.put(role + "_country", country);
        List<String> sectors = sectors(code, country);
        o.put("primary_" + role + "_sector", sectors.isEmpty() ? null : sectors.get(0));
        ArrayNode all = o.putArray(role + "_sectors");
        sectors.forEach(all::add);
        o.put(role + "_code", code);
    }

    /** The sector codes in an actor code (RUSGOVMIL: GOV, MIL), in order. */
    static List<String> sectors(String code, String country) {
        List<String> out = new ArrayList<>();
        if (code == null) {
            return out;
        }
        int from = country != null && code.startsWith(country) ? country.length() : 0;
        for (int i = from; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3).toUpperCase(Locale.ROOT);
            if (GdeltFormat.TYPES.contains(part)) {
                out.add(part);
            }
        }
        return out;
    }
}
