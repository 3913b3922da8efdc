package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.output.JsonOutput;

/**
 * {@code parley eval} and the shared reference scorers ({@code ../shared/tools/*.py}) give the
 * same figures on the development sets. Each set runs through the pipeline once ({@code eval
 * --write-system}); the Python scorer then scores that same output, and {@code eval --system}
 * scores it again. Skips when {@code ../shared} or python3 is absent.
 */
class EvalAgreesWithSharedScorersIT {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "plover-gsr-dev, events, eval/plover/plover-gsr-dev.jsonl, plover, score_events.py",
        "petr2-afp-silver, events, eval/petr2-afp-silver.jsonl, cameo, score_events.py",
        "modern-dev, events, eval/modern/modern-dev.jsonl, plover, score_events.py",
        "actor-resolution-dev, actors, eval/actor-resolution-dev.jsonl, , score_actors.py",
        "polnear-dev, quotes, eval/polnear/dev, , score_quotes.py",
    })
    void sameFiguresAsTheSharedScorer(String name, String kind, String gold, String mode, String scorer)
            throws Exception {
        Path goldPath = Repo.shared(gold);
        Path script = Repo.shared("tools/" + scorer);
        assumeTrue(Files.exists(goldPath) && Files.exists(script), "../shared is absent: " + goldPath);
        assumeTrue(pythonWorks(), "python3 is not on the PATH: scorer agreement not checked");
        Path output = dir.resolve(name + ".jsonl");

        List<String> args = new ArrayList<>(List.of("eval", kind, goldPath.toString(), "--json"));
        if (mode != null) {
            args.addAll(List.of("--mode", mode));
        }
        List<String> pipelineArgs = new ArrayList<>(args);
        pipelineArgs.addAll(List.of("--write-system", output.toString()));
        CliRun run = CliRun.run(null, pipelineArgs.toArray(String[]::new));
        assertTrue(run.exitCode() <= Main.SOME_FAILED, run.err());
        JsonNode ours = JsonOutput.mapper().readTree(run.out()).get("figures");

        List<String> command = new ArrayList<>(List.of("python3", script.toString(), goldPath.toString(),
                output.toString(), "--json"));
        if (mode != null) {
            command.addAll(List.of("--mode", mode));
        }
        JsonNode theirs = JsonOutput.mapper().readTree(python(command));
        System.out.println(name + ": parley eval " + ours + "\n" + name + ": " + scorer + " " + theirs);
        assertEquals(theirs, ours, name);

        List<String> systemArgs = new ArrayList<>(args);
        systemArgs.addAll(List.of("--system", output.toString()));
        CliRun rescored = CliRun.run(null, systemArgs.toArray(String[]::new));
        assertEquals(Main.OK, rescored.exitCode(), rescored.err());
        assertEquals(ours, JsonOutput.mapper().readTree(rescored.out()).get("figures"), "--system on the same output");
    }

    private static boolean pythonWorks() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String python(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "scorer did not finish: " + command);
        assertEquals(0, p.exitValue(), "scorer failed: " + command);
        return out;
    }
}
