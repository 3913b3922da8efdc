package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.eval.ActorScorer;
import org.parley.eval.Attribution;
import org.parley.eval.AttributionSplit;
import org.parley.eval.EvalReport;
import org.parley.eval.EventMode;
import org.parley.eval.EventReader;
import org.parley.eval.EventScorer;
import org.parley.eval.JsonLines;
import org.parley.eval.QuoteScorer;
import org.parley.output.JsonOutput;

/** {@code parley eval}: scores Parley against the user's own gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score Parley against gold data: events, actors or quotes.",
                "Runs the pipeline on the gold texts (as analyze --input and resolve --input do), or scores an "
                        + "existing output with --system. Prints the figures, a per-type table, the confusion matrix "
                        + "and the tagged errors; --json prints all of it as one JSON object.",
                "Exit code: 0 scored, 1 scored but some lines or documents could not be read or analyzed, 2 usage error."},
        subcommands = {EvalCommand.Events.class, EvalCommand.Actors.class, EvalCommand.Quotes.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to score: events, actors or quotes");
    }

    /** Options every kind of evaluation takes. */
    static final class Common {
        @Option(names = "--system", paramLabel = "OUT.jsonl",
                description = "Score this output of parley analyze / resolve instead of running the pipeline.")
        Path system;

        @Option(names = "--write-system", paramLabel = "OUT.jsonl",
                description = "Also write the output the pipeline produced, to score again later with --system.")
        Path writeSystem;

        @Option(names = "--json", description = "Print everything as one JSON object.")
        boolean json;

        @Option(names = "--max-errors", paramLabel = "N", description = "Errors of each kind to list in the text "
                + "output (default: ${DEFAULT-VALUE}; --json lists all).")
        int maxErrors = 10;

        @Option(names = "--threads", description = "Worker threads for the pipeline (default: number of cores).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Mixin
        KnowledgeOptions knowledge = new KnowledgeOptions();

        /**
         * Reads or produces the system output, scores it, prints the report and returns the
         * exit code. {@code run} produces the output from the runner when there is no
         * {@code --system}.
         */
        int evaluate(String gold, List<String> problems, Function<EvalRunner, List<JsonNode>> run,
                     Function<List<JsonNode>, EvalReport> score) throws IOException {
            if (system != null && writeSystem != null) {
                throw new UsageException("--write-system writes what the pipeline produced; with --system nothing runs");
            }
            if (threads < 1) {
                throw new UsageException("--threads must be at least 1");
            }
            if (maxErrors < 0) {
                throw new UsageException("--max-errors must be 0 or more");
            }
            List<String> all = new ArrayList<>(problems);
            List<JsonNode> output;
            if (system != null) {
                JsonLines lines = JsonLines.read(existing(system));
                all.addAll(lines.problems());
                output = lines.records();
            } else {
                EvalRunner runner = new EvalRunner(knowledge, threads);
                output = run.apply(runner);
                all.addAll(runner.problems());
                if (writeSystem != null) {
                    EvalRunner.write(writeSystem, output);
                }
            }
            all.forEach(p -> System.err.println("parley: " + p));
            EvalReport report = score.apply(output);
            String systemName = system != null ? system.toString() : "parley " + Version.get();
            if (json) {
                ObjectNode node = EvalJson.report(report, gold, systemName, all);
                System.out.println(JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } else {
                System.out.print(EvalText.report(report, gold, systemName, maxErrors));
            }
            System.out.flush();
            return all.isEmpty() ? Main.OK : Main.SOME_FAILED;
        }
    }

    static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new UsageException("no such file: " + file);
        }
        return file;
    }

    static JsonLines gold(Path file) throws IOException {
        if (Files.isDirectory(existing(file))) {
            throw new UsageException(file + " is a directory; give a JSONL gold file");
        }
        return JsonLines.read(file);
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Score events against gold JSONL: {\"id\", \"date\", \"text\", \"events\": [{\"source\", "
                    + "\"target\", \"plover\", \"code\"}], \"noevents\"?}.",
                    "type: a system event of the gold type in the same record; dyad: that, with source and target "
                            + "countries that agree (an empty gold side agrees with anything)."})
    static final class Events implements Callable<Integer> {
        @Parameters(paramLabel = "GOLD.jsonl")
        Path gold;

        @Option(names = "--mode", paramLabel = "plover|cameo",
                description = "Compare PLOVER types (default) or CAMEO roots.")
        String mode = "plover";

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
                description = "Date for gold records without one.")
        LocalDate date;

        @Mixin
        Common common = new Common();

        @Override
        public Integer call() throws IOException {
            if (!mode.equalsIgnoreCase("plover") && !mode.equalsIgnoreCase("cameo")) {
                throw new UsageException("--mode is plover or cameo, not " + mode);
            }
            EventMode m = EventMode.named(mode);
            JsonLines g = gold(gold);
            return common.evaluate(gold.toString(), g.problems(), runner -> runner.analyze(g.records(), date),
                    out -> new EventScorer().score(new EventReader(m).read(g.records(), out), m));
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = {"Score actor resolution against gold JSONL: {\"id\", \"text\", \"context\"?, \"date\"?, "
                    + "\"expected\": {\"country\"?, \"sector\"?}}."})
    static final class Actors implements Callable<Integer> {
        @Parameters(paramLabel = "GOLD.jsonl")
        Path gold;

        @Option(names = "--default-date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
                description = "Date for records without one (default: today, as parley resolve).")
        LocalDate defaultDate;

        @Mixin
        Common common = new Common();

        @Override
        public Integer call() throws IOException {
            JsonLines g = gold(gold);
            LocalDate fallback = defaultDate != null ? defaultDate : LocalDate.now();
            return common.evaluate(gold.toString(), g.problems(), runner -> runner.resolve(g.records(), fallback),
                    out -> new ActorScorer().score(g.records(), out));
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Score quotes against a PolNeAR-style split: DIR/text/STEM.txt articles and "
                    + "DIR/attributions/STEM_*.ann BRAT files (the first in name order is the gold).",
                    "Each article runs as {\"id\": STEM, \"date\": the part of STEM after its first _, \"text\"}."})
    static final class Quotes implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Mixin
        Common common = new Common();

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(existing(dir))) {
                throw new UsageException(dir + " is not a directory; give a split with text/ and attributions/");
            }
            AttributionSplit split;
            try {
                split = AttributionSplit.open(dir);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Map<String, List<Attribution>> gold = split.gold();
            return common.evaluate(dir.toString(), split.problems(), runner -> runner.analyze(documents(split), null),
                    out -> new QuoteScorer().score(gold, out));
        }

        private static List<JsonNode> documents(AttributionSplit split) {
            List<JsonNode> docs = new ArrayList<>();
            for (String stem : split.stems()) {
                ObjectNode doc = JsonOutput.mapper().createObjectNode();
                doc.put("id", stem);
                String[] parts = stem.split("_", -1);
                doc.put("date", parts.length > 1 ? parts[1] : "");
                doc.put("text", split.text(stem));
                docs.add(doc);
            }
            return docs;
        }
    }
}
