package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores actor resolution, as the reference actor scorer does. Gold records are
 * {@code {"id", "text", "context"?, "date"?, "expected": {"country"?, "sector"?}}}; system
 * records {@code {"id", "actor": {"country", "sector", "sectors"?, ...} | null}}, as
 * {@code parley resolve} writes them.
 *
 * <ul>
 *   <li>country: of the records with an expected country (old codes such as JAP read as
 *       current ones), the share whose actor has that country;</li>
 *   <li>sector: of the records with an expected sector, the share whose actor has it as its
 *       sector or among its {@code sectors};</li>
 *   <li>both: of the records with both expected, the share with both right.</li>
 * </ul>
 *
 * The per-type table and the confusion matrix go by expected sector; a record's system sector
 * is the expected one when the actor has it, else the actor's primary sector.
 */
public final class ActorScorer {

    public EvalReport score(List<JsonNode> gold, List<JsonNode> system) {
        Map<String, JsonNode> byId = JsonLines.byId(system);
        int countryN = 0;
        int countryHits = 0;
        int sectorN = 0;
        int sectorHits = 0;
        int bothN = 0;
        int bothHits = 0;
        TypeTable types = new TypeTable();
        Confusion.Builder confusion = Confusion.builder();
        List<EvalError> errors = new ArrayList<>();
        for (JsonNode g : gold) {
            JsonNode expected = g.path("expected");
            JsonNode rec = byId.get(JsonLines.key(g.get("id")));
            JsonNode actor = rec == null ? null : rec.get("actor");
            boolean resolved = JsonLines.truthy(actor);
            String country = resolved ? JsonLines.text(actor.get("country")).toUpperCase(Locale.ROOT) : "";
            String primary = resolved ? JsonLines.text(actor.get("sector")).toUpperCase(Locale.ROOT) : "";
            Set<String> sectors = new LinkedHashSet<>();
            sectors.add(primary);
            if (resolved && actor.path("sectors").isArray()) {
                actor.get("sectors").forEach(s -> sectors.add(JsonLines.text(s).toUpperCase(Locale.ROOT)));
            }
            Boolean countryOk = null;
            String wantCountry = null;
            if (expected.hasNonNull("country")) {
                wantCountry = ActorKeys.currentCountry(JsonLines.text(expected.get("country")).toUpperCase(Locale.ROOT));
                countryOk = country.equals(wantCountry);
                countryN++;
                countryHits += countryOk ? 1 : 0;
            }
            Boolean sectorOk = null;
            String wantSector = null;
            if (JsonLines.truthy(expected.get("sector"))) {
                wantSector = JsonLines.text(expected.get("sector")).toUpperCase(Locale.ROOT);
                sectorOk = sectors.contains(wantSector);
                sectorN++;
                sectorHits += sectorOk ? 1 : 0;
                String got = sectorOk ? wantSector : primary.isEmpty() ? Confusion.NONE : primary;
                confusion.add(wantSector, got);
                types.gold(wantSector, sectorOk);
                types.system(got, sectorOk);
            }
            if (countryOk != null && sectorOk != null) {
                bothN++;
                bothHits += countryOk && sectorOk ? 1 : 0;
            }
            ErrorTag tag = !resolved ? ErrorTag.UNRESOLVED
                    : Boolean.FALSE.equals(countryOk) ? ErrorTag.WRONG_COUNTRY
                    : Boolean.FALSE.equals(sectorOk) ? ErrorTag.WRONG_SECTOR : null;
            if (tag != null && (countryOk != null || sectorOk != null)) {
                errors.add(new EvalError(JsonLines.text(g.get("id")), tag, describe(wantCountry, wantSector),
                        resolved ? describe(country, String.join("+", sectors.stream().filter(x -> !x.isEmpty()).toList()))
                                : "no actor",
                        context(g)));
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("country_acc", Rate.round(new Rate(countryHits, countryN).orNull()));
        figures.put("country_n", countryN);
        figures.put("sector_acc", Rate.round(new Rate(sectorHits, sectorN).orNull()));
        figures.put("sector_n", sectorN);
        figures.put("both_acc", Rate.round(new Rate(bothHits, bothN).orNull()));
        figures.put("both_n", bothN);
        return new EvalReport("actors", figures, types.rows(Confusion.NONE), confusion.build(), errors);
    }

    private static String describe(String country, String sector) {
        return (country == null || country.isEmpty() ? "-" : country) + "/"
                + (sector == null || sector.isEmpty() ? "-" : sector);
    }

    private static String context(JsonNode g) {
        String text = JsonLines.text(g.get("text"));
        String context = JsonLines.text(g.get("context"));
        return context.isEmpty() ? text : text + " | " + context;
    }
}
