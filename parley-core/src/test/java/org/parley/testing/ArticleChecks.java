package org.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks on one document's JSON output, phrased as an analyst would: "an event of this kind
 * from this country toward that one", "a quote with this speaker". Shared by the reference
 * article tests (real CoreNLP parse) and the fixture tests (stored parse), so both hold the
 * pipeline to the same standard.
 */
public final class ArticleChecks {

    private final JsonNode doc;

    public ArticleChecks(JsonNode doc) {
        this.doc = doc;
        int failures = 0;
        for (JsonNode f : doc.get("failures")) {
            failures += f.path("kind").asText().equals("note") ? 0 : 1;
        }
        assertEquals(0, failures, "stage failures: " + doc.get("failures"));
    }

    /** Some mention of {@code name} resolves to the country and sector. */
    public void actor(String name, String country, String sector) {
        for (JsonNode a : doc.get("actors")) {
            for (JsonNode m : a.get("mentions")) {
                if (m.get("text").asText().contains(name)) {
                    if (country.equals(a.path("country").asText(null)) && sector.equals(a.path("sector").asText(null))) {
                        return;
                    }
                }
            }
        }
        fail(name + " is not resolved to " + country + " " + sector + "; actors: " + summary("actors"));
    }

    public void igo(String name) {
        for (JsonNode a : doc.get("actors")) {
            for (JsonNode m : a.get("mentions")) {
                if (m.get("text").asText().contains(name) && a.get("kind").asText().equals("igo")) {
                    return;
                }
            }
        }
        fail(name + " is not an IGO; actors: " + summary("actors"));
    }

    public static Set<String> countries(JsonNode actors) {
        Set<String> out = new HashSet<>();
        for (JsonNode a : actors) {
            if (a.hasNonNull("country")) {
                out.add(a.get("country").asText());
            }
            if (a.get("kind").asText().equals("igo") || a.get("code").asText().startsWith("IGO")) {
                out.add(a.get("code").asText());
            }
        }
        return out;
    }

    /** Events whose CAMEO code starts with one of the prefixes. */
    public List<JsonNode> events(String... cameoPrefixes) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : doc.get("events")) {
            for (String p : cameoPrefixes) {
                if (e.get("cameo").asText().startsWith(p)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    public JsonNode event(String what, Predicate<JsonNode> test, String... cameoPrefixes) {
        for (JsonNode e : events(cameoPrefixes)) {
            if (test.test(e)) {
                return e;
            }
        }
        fail("no " + what + "; events: " + summary("events"));
        return null;
    }

    public static Predicate<JsonNode> from(String country) {
        return e -> countries(e.get("source")).contains(country);
    }

    public static Predicate<JsonNode> toward(String country) {
        return e -> countries(e.get("target")).contains(country);
    }

    public static Predicate<JsonNode> involving(String country) {
        return e -> countries(e.get("source")).contains(country) || countries(e.get("target")).contains(country);
    }

    public void noEvent(String what, Predicate<JsonNode> test, String... cameoPrefixes) {
        for (JsonNode e : events(cameoPrefixes)) {
            assertFalse(test.test(e), what + ": " + e);
        }
    }

    public void quote(String words, String country, String sector) {
        for (JsonNode q : doc.get("quotes")) {
            if (q.get("content").get("text").asText().contains(words)) {
                JsonNode speaker = q.get("speaker");
                assertTrue(speaker != null && !speaker.isNull(), "quote '" + words + "' has no speaker");
                assertEquals(country, speaker.path("country").asText(null), "speaker of '" + words + "'");
                assertEquals(sector, speaker.path("sector").asText(null), "speaker of '" + words + "'");
                return;
            }
        }
        fail("no quote with '" + words + "'; quotes: " + summary("quotes"));
    }

    /** The stance of an actor of {@code country} on {@code issueKey}, with one of the polarities. */
    public void stance(String country, String issueKey, String... polarities) {
        Set<String> allowed = Set.of(polarities);
        for (JsonNode s : doc.get("stances")) {
            if (country.equals(s.get("holder").path("country").asText(null)) && s.get("issue").get("key").asText().equals(issueKey)) {
                assertTrue(allowed.contains(s.get("polarity").asText()), country + " on " + issueKey + ": " + s.get("polarity"));
                return;
            }
        }
        fail("no stance of " + country + " on " + issueKey + "; stances: " + summary("stances"));
    }

    public void allEventDatesIn(String yearMonth) {
        assertTrue(doc.get("events").size() > 0);
        for (JsonNode e : doc.get("events")) {
            assertTrue(e.get("date").asText().startsWith(yearMonth), "event date " + e.get("date") + ": " + e);
        }
    }

    public String summary(String field) {
        StringBuilder b = new StringBuilder();
        for (JsonNode n : doc.get(field)) {
            switch (field) {
                case "events" -> b.append("\n  ").append(n.get("cameo").asText()).append(' ')
                        .append(countries(n.get("source"))).append("->").append(countries(n.get("target")))
                        .append(" @").append(n.path("location").path("name").asText("-")).append(' ')
                        .append(n.get("evidence").get("rule").asText());
                case "actors" -> b.append("\n  ").append(n.get("code").asText()).append(' ').append(n.get("name").asText());
                case "quotes" -> b.append("\n  ").append(n.get("content").get("text").asText()).append(" <- ")
                        .append(n.path("speaker").path("code").asText("?"));
                case "stances" -> b.append("\n  ").append(n.get("holder").get("code").asText()).append(' ')
                        .append(n.get("issue").get("key").asText()).append(' ').append(n.get("polarity").asText());
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    /** The checks the foundation issue asks of the example article, on any parse of it. */
    public static void exampleArticle(JsonNode json) {
        ArticleChecks c = new ArticleChecks(json);
        c.actor("Marco Rubio", "USA", "GOV");
        c.actor("Andrii Sybiha", "UKR", "GOV");
        c.actor("Volodymyr Zelensky", "UKR", "GOV");
        c.actor("Dmitry Peskov", "RUS", "GOV");
        c.actor("Sergei Lavrov", "RUS", "GOV");
        c.actor("Keir Starmer", "GBR", "GOV");
        c.actor("Emmanuel Macron", "FRA", "GOV");
        c.actor("Viktor Orban", "HUN", "GOV");
        c.actor("Kremlin", "RUS", "GOV");
        JsonNode talks = c.event("CONSULT between USA and UKR", from("USA").and(involving("UKR"))
                .or(from("UKR").and(involving("USA"))), "04");
        assertEquals("Jeddah", talks.get("location").get("name").asText());
        assertEquals("SAU", talks.get("location").get("country").asText());
        c.event("REJECT from RUS", from("RUS"), "12");
        c.event("REQUEST from FRA to RUS", from("FRA").and(toward("RUS")), "10", "02");
        c.event("ASSAULT from RUS on UKR", from("RUS").and(toward("UKR")), "18", "19", "20");
        c.event("AGREE from UKR", from("UKR"), "03");
        c.noEvent("no cooperation from RUS", from("RUS"), "03", "05", "06", "07", "08");
        c.quote("The ball is now in Russia's court", "USA", "GOV");
        c.quote("Ukraine is ready for peace", "UKR", "GOV");
        c.quote("unacceptable", "RUS", "GOV");
        c.stance("RUS", "ceasefire", "oppose");
        c.stance("GBR", "ceasefire", "support", "conditional");
        c.stance("HUN", "ceasefire", "oppose", "undecided");
        c.allEventDatesIn("2025-03");
    }

    /** The checks the foundation issue asks of the reference article (Riyadh talks, 2025-02-18). */
    public static void referenceArticle(JsonNode json) {
        ArticleChecks c = new ArticleChecks(json);
        c.actor("Sergei Lavrov", "RUS", "GOV");
        c.actor("Marco Rubio", "USA", "GOV");
        c.actor("Volodymyr Zelensky", "UKR", "GOV");
        c.actor("Keir Starmer", "GBR", "GOV");
        c.actor("Olaf Scholz", "DEU", "GOV");
        c.actor("Donald Tusk", "POL", "GOV");
        c.actor("Giorgia Meloni", "ITA", "GOV");
        c.igo("NATO");
        c.event("REJECT from RUS toward NATO", from("RUS").and(toward("IGOWSTNAT")), "12");
        JsonNode talks = c.event("CONSULT between RUS and USA",
                from("RUS").and(involving("USA")).or(from("USA").and(involving("RUS"))), "04");
        assertEquals("Riyadh", talks.get("location").get("name").asText());
        assertEquals("SAU", talks.get("location").get("country").asText());
        c.event("AGREE or COOPERATE involving RUS and USA", involving("RUS").and(involving("USA")), "03", "05", "06");
        c.event("ACCUSE, REQUEST or REJECT from UKR", from("UKR"), "11", "10", "12", "02");
        c.noEvent("no cooperative event from RUS toward NATO", from("RUS").and(toward("IGOWSTNAT")),
                "03", "05", "06", "08");
        c.quote("completely unacceptable", "RUS", "GOV");
        c.stance("RUS", "deploy-troops/UKR", "oppose");
        c.stance("GBR", "deploy-troops/UKR", "support", "conditional");
        c.stance("DEU", "deploy-troops/UKR", "undecided", "oppose");
        c.stance("POL", "deploy-troops/UKR", "undecided", "oppose");
        c.stance("ITA", "deploy-troops/UKR", "undecided", "oppose");
        c.allEventDatesIn("2025-02");
    }
}
