package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.actors.ActorResolver;
import org.parley.actors.Resolution;
import org.parley.model.Analysis;
import org.parley.output.JsonOutput;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;

/**
 * Produces the system output {@code parley eval} scores when no {@code --system} file is
 * given: each gold record through the pipeline that {@code parley analyze --input} uses (the
 * same factory, document reading and JSON), or through the resolver that
 * {@code parley resolve --input} uses. One output record per gold record, in order; a record
 * that fails becomes {@code {"id", "error"}} (no events), reported on standard error.
 */
final class EvalRunner {

    private final KnowledgeOptions knowledge;
    private final int threads;
    private final List<String> problems = new ArrayList<>();

    EvalRunner(KnowledgeOptions knowledge, int threads) {
        this.knowledge = knowledge;
        this.threads = threads;
    }

    /** What went wrong, one line per record ("record ID: why"). */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Documents {@code {"id", "text", "date"?}} through the pipeline, in parallel, output in input order. */
    List<JsonNode> analyze(List<JsonNode> records, LocalDate fallbackDate) {
        Pipeline pipeline = PipelineFactory.get(knowledge);
        List<Callable<JsonNode>> work = new ArrayList<>();
        for (JsonNode rec : records) {
            work.add(() -> analyzeOne(pipeline, rec, fallbackDate));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<JsonNode> out = new ArrayList<>();
            for (Future<JsonNode> f : pool.invokeAll(work)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode analyzeOne(Pipeline pipeline, JsonNode rec, LocalDate fallbackDate) {
        String id = rec.path("id").asText("");
        try {
            Analysis a = pipeline.analyze(Inputs.document(rec, fallbackDate));
            return sameId(JsonOutput.document(a), rec);
        } catch (BadDocumentException | IllegalArgumentException e) {
            return failed(rec, id, e.getMessage());
        } catch (RuntimeException e) {
            return failed(rec, id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ObjectNode failed(JsonNode rec, String id, String why) {
        synchronized (problems) {
            problems.add("record " + id + ": " + why);
        }
        return sameId(JsonOutput.error(id, why), rec);
    }

    /** The gold record's id as it is (a number stays a number), so that every record finds its output. */
    private static ObjectNode sameId(ObjectNode out, JsonNode gold) {
        out.set("id", gold.hasNonNull("id") ? gold.get("id").deepCopy() : NullNode.getInstance());
        return out;
    }

    /**
     * Actor phrases {@code {"id", "text", "context"?, "date"?}} through the resolver, as
     * {@code {"id", "actor": {...} | null, "rule"}}; a record without a date takes
     * {@code fallbackDate}.
     */
    List<JsonNode> resolve(List<JsonNode> records, LocalDate fallbackDate) {
        ActorResolver resolver = new ActorResolver(knowledge.knowledgeBase());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode rec : records) {
            ObjectNode result = JsonOutput.mapper().createObjectNode();
            sameId(result, rec);
            LocalDate d = Dates.parse(rec.path("date").asText(""));
            Resolution r = resolver.resolve(rec.path("text").asText(""), rec.path("context").asText(""),
                    d != null ? d : fallbackDate);
            if (r.resolved()) {
                result.set("actor", JsonOutput.actor(r.actors().get(0)));
            } else {
                result.putNull("actor");
            }
            result.put("rule", r.rule());
            out.add(result);
        }
        return out;
    }

    /** The system output as JSONL, so that a later run can score it with {@code --system}. */
    static void write(Path file, List<JsonNode> records) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode r : records) {
                w.write(JsonOutput.mapper().writeValueAsString(r));
                w.newLine();
            }
        }
    }
}
