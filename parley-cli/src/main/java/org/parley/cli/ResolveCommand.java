package org.parley.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parley.actors.ActorResolver;
import org.parley.actors.Resolution;
import org.parley.model.Actor;
import org.parley.output.JsonOutput;

/** {@code parley resolve}: actor phrases to actors, one output line per input line. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Resolve actor phrases: each input line {\"id\", \"text\", \"context\"?, \"date\"?} gives "
                + "one line {\"id\", \"actor\": {...} | null}.",
                "Exit code: 0 all lines read, 1 some lines were malformed, 2 usage error."})
final class ResolveCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Phrases to resolve (- for stdin).")
    String input;

    @Option(names = "--default-date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "Date for lines without one (default: today).")
    LocalDate defaultDate;

    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() throws IOException {
        ActorResolver resolver = new ActorResolver(knowledge.knowledgeBase());
        LocalDate fallback = defaultDate != null ? defaultDate : LocalDate.now();
        int failed = 0;
        int lineNo = 0;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try (BufferedReader in = Inputs.jsonl(input)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = JsonOutput.mapper().createObjectNode();
                try {
                    JsonNode node = JsonOutput.mapper().readTree(line);
                    result.put("id", node.path("id").asText("line-" + lineNo));
                    String text = node.path("text").asText("");
                    LocalDate d = Dates.parse(node.path("date").asText(""));
                    Resolution r = resolver.resolve(text, node.path("context").asText(""), d != null ? d : fallback);
                    if (r.resolved()) {
                        result.set("actor", JsonOutput.actor(r.actors().get(0)));
                        ArrayNode all = result.putArray("actors");
                        for (Actor a : r.actors()) {
                            all.add(JsonOutput.actor(a));
                        }
                    } else {
                        result.putNull("actor");
                        if (r.agentSector() != null) {
                            result.put("sector", r.agentSector());
                        }
                    }
                    result.put("rule", r.rule());
                } catch (JsonProcessingException e) {
                    failed++;
                    result.put("id", "line-" + lineNo);
                    result.put("error", "line " + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
                    System.err.println("parley: " + input + ":" + lineNo + ": not JSON");
                }
                out.println(JsonOutput.mapper().writeValueAsString(result));
            }
        } finally {
            out.flush();
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
