package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.output.JsonOutput;

/**
 * {@code parley eval} on small gold and system files written here (fictional countries), in
 * --system mode, so no models are loaded; and {@code eval actors} through the real resolver.
 */
class EvalCommandTest {

    private static final String GOLD = String.join("\n",
            "{\"id\":\"s1\",\"text\":\"Arnor agreed with Gondor.\",\"events\":[{\"source\":[\"ARN/GOV\"],\"target\":[\"GON\"],\"plover\":\"AGREE\"}]}",
            "{\"id\":\"s2\",\"text\":\"Gondor troops attacked Mordor.\",\"events\":[{\"source\":[\"GON/MIL\"],\"target\":[\"MOR\"],\"plover\":\"FIGHT\"}]}",
            "{\"id\":\"s3\",\"text\":\"Rohan thanked Arnor.\",\"events\":[{\"source\":[\"ROH\"],\"target\":[\"ARN\"],\"plover\":\"SUPPORT\"}]}",
            "");

    private static final String SYSTEM = String.join("\n",
            "{\"id\":\"s1\",\"events\":[{\"plover\":\"AGREE\",\"cameo\":\"030\",\"source\":[{\"code\":\"ARNGOV\",\"country\":\"ARN\"}],\"target\":[{\"code\":\"GON\",\"country\":\"GON\"}]}]}",
            "{\"id\":\"s2\",\"events\":[{\"plover\":\"ASSAULT\",\"cameo\":\"190\",\"source\":[{\"code\":\"MOR\",\"country\":\"MOR\"}],\"target\":[{\"code\":\"GONMIL\",\"country\":\"GON\"}]}]}",
            "{\"id\":\"s3\",\"events\":[]}",
            "");

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void textReportShowsFiguresTableMatrixAndTaggedErrors() throws Exception {
        CliRun run = CliRun.run(null, "eval", "events", file("gold.jsonl", GOLD).toString(), "--system",
                file("sys.jsonl", SYSTEM).toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("type_recall      0.6667"), out);
        assertTrue(out.contains("dyad_recall      0.3333"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("ASSAULT +1 +1 +1\\.000 +1\\.000")), "FIGHT is ASSAULT:\n" + out);
        assertTrue(out.contains("confusion (rows: gold, columns: system"), out);
        assertTrue(out.contains("errors: 2 (silent 1, wrong side 1)"), out);
        assertTrue(out.contains("wrong side (1)\n  s2: gold ASSAULT GON/MIL -> MOR; system ASSAULT (190)"), out);
    }

    @Test
    void jsonReportCarriesTheScorerFiguresAndEveryError() throws Exception {
        CliRun run = CliRun.run(null, "eval", "events", file("gold.jsonl", GOLD).toString(), "--system",
                file("sys.jsonl", SYSTEM).toString(), "--json", "--max-errors", "0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonOutput.mapper().readTree(run.out());
        assertEquals(3, json.at("/figures/records").asInt());
        assertEquals(1.0, json.at("/figures/type_precision").asDouble());
        assertEquals(0.5, json.at("/figures/dyad_precision").asDouble());
        assertEquals(List.of("s2 wrong side", "s3 silent"), errors(json));
        assertEquals(1, json.at("/confusion/counts/SUPPORT/-").asInt());
        assertEquals(1, json.at("/errorCounts/silent").asInt());
        assertEquals("AGREE", json.at("/types/0/type").asText(), "equal gold counts: name order");
        assertEquals(3, json.get("types").size());
    }

    private static List<String> errors(JsonNode json) {
        List<String> out = new java.util.ArrayList<>();
        json.get("errors").forEach(e -> out.add(e.get("id").asText() + " " + e.get("tag").asText()));
        return out;
    }

    @Test
    void cameoModeScoresRoots() throws Exception {
        String gold = "{\"id\":\"s2\",\"events\":[{\"source\":\"GONMIL\",\"target\":\"MOR\",\"code\":\"193\"}]}\n";
        CliRun run = CliRun.run(null, "eval", "events", file("afp.jsonl", gold).toString(), "--mode", "cameo",
                "--system", file("sys.jsonl", SYSTEM).toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonOutput.mapper().readTree(run.out());
        assertEquals(1.0, json.at("/figures/type_recall").asDouble());
        assertEquals(0.0, json.at("/figures/dyad_recall").asDouble(), "source and target swapped");
    }

    @Test
    void aBrokenGoldLineIsReportedAndTheRestScored() throws Exception {
        Path gold = file("gold.jsonl", GOLD.replace("\n{\"id\":\"s3\"", "\n{broken\n{\"id\":\"s3\""));
        CliRun run = CliRun.run(null, "eval", "events", gold.toString(), "--system", file("sys.jsonl", SYSTEM).toString());
        assertEquals(Main.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("gold.jsonl:3: not JSON"), run.err());
        assertTrue(run.out().contains("records          3"), run.out());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() throws Exception {
        Path gold = file("gold.jsonl", GOLD);
        Path sys = file("sys.jsonl", SYSTEM);
        assertUsage(CliRun.run(null, "eval"), "events, actors or quotes");
        assertUsage(CliRun.run(null, "eval", "events", dir.resolve("absent.jsonl").toString(), "--system", sys.toString()),
                "no such file");
        assertUsage(CliRun.run(null, "eval", "events", gold.toString(), "--mode", "tabari", "--system", sys.toString()),
                "--mode is plover or cameo");
        assertUsage(CliRun.run(null, "eval", "events", gold.toString(), "--system", sys.toString(), "--write-system",
                dir.resolve("x.jsonl").toString()), "--write-system");
        assertUsage(CliRun.run(null, "eval", "quotes", dir.toString(), "--system", sys.toString()), "attributions/");
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(Main.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(message), run.err());
    }

    /** Without --system, eval actors resolves each phrase the way parley resolve does. */
    @Test
    void actorsThroughTheResolverMatchParleyResolve() throws Exception {
        Path gold = file("actors.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"text\":\"the French government\",\"expected\":{\"country\":\"FRA\",\"sector\":\"GOV\"}}",
                "{\"id\":\"a2\",\"text\":\"Polish troops\",\"expected\":{\"country\":\"POL\",\"sector\":\"MIL\"}}",
                "{\"id\":\"a3\",\"text\":\"Canadian police\",\"expected\":{\"country\":\"FRA\"}}",
                "{\"id\":\"a4\",\"text\":\"zzq\",\"expected\":{\"country\":\"DEU\"}}", ""));
        Path written = dir.resolve("resolved.jsonl");
        CliRun eval = CliRun.run(null, "eval", "actors", gold.toString(), "--default-date", "2025-01-01",
                "--write-system", written.toString(), "--json");
        assertEquals(0, eval.exitCode(), eval.err());
        JsonNode json = JsonOutput.mapper().readTree(eval.out());
        assertEquals(4, json.at("/figures/country_n").asInt());
        assertEquals(0.5, json.at("/figures/country_acc").asDouble(), eval.out());
        assertEquals(1.0, json.at("/figures/sector_acc").asDouble(), eval.out());
        assertEquals(List.of("a3 wrong country", "a4 unresolved"), errors(json));

        CliRun resolve = CliRun.run(null, "resolve", "--input", gold.toString(), "--default-date", "2025-01-01");
        assertEquals(0, resolve.exitCode(), resolve.err());
        List<String> fromResolve = resolve.out().lines().map(EvalCommandTest::actorOf).toList();
        List<String> fromEval = Files.readAllLines(written).stream().map(EvalCommandTest::actorOf).toList();
        assertEquals(fromResolve, fromEval);
    }

    private static String actorOf(String line) {
        try {
            JsonNode n = JsonOutput.mapper().readTree(line);
            return n.get("id").asText() + " " + n.get("actor") + " " + n.get("rule");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
