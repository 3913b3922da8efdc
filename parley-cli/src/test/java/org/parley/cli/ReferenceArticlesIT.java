package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.output.JsonOutput;
import org.parley.testing.ArticleChecks;
import org.parley.testing.SpanChecks;

/** The foundation checks through the real CoreNLP parse, via the same command a user runs. */
class ReferenceArticlesIT {

    @Test
    void exampleArticleThroughTheCommandLine() throws Exception {
        Path example = Repo.root().resolve("examples/jeddah-talks-2025-03-11.txt");
        CliRun run = CliRun.run(null, "analyze", example.toString(), "--date", "2025-03-11");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonOutput.mapper().readTree(run.out());
        ArticleChecks.exampleArticle(json);
        String text = Files.readString(example);
        Analysis a = PipelineFactory.get().analyze(new Document(null, text, java.time.LocalDate.of(2025, 3, 11), null, null));
        SpanChecks.assertSpansValid(text, a, json);
    }

    @Test
    void referenceArticle() throws Exception {
        Path seed = Repo.shared("eval/seed/riyadh-talks-2025-02-18.txt");
        assumeTrue(Files.exists(seed), "../shared is absent: reference article check skipped");
        CliRun run = CliRun.run(null, "analyze", seed.toString(), "--date", "2025-02-18");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonOutput.mapper().readTree(run.out());
        ArticleChecks.referenceArticle(json);
        String text = Files.readString(seed);
        Analysis a = PipelineFactory.get().analyze(new Document(null, text, java.time.LocalDate.of(2025, 2, 18), null, null));
        SpanChecks.assertSpansValid(text, a, json);
    }
}
