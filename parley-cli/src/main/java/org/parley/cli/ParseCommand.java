package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.annotate.ConlluWriter;
import org.parley.model.Document;
import org.parley.output.JsonOutput;

/** {@code parley parse}: the CoreNLP parse as CoNLL-U, the format of the coder's test fixtures. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Print the parse of a text file as CoNLL-U (used to make test fixtures).",
                "With --input, each JSONL line {\"id\", \"text\"} becomes a document headed '# newdoc id = ID'."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A plain-text file, or - for standard input.")
    String file;

    @Option(names = "--input", paramLabel = "FILE.jsonl", description = "Documents to parse, one JSON object per line.")
    String input;

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (input == null)) {
            throw new UsageException("give either FILE or --input FILE.jsonl");
        }
        if (file != null) {
            String text = Inputs.readText(file);
            System.out.print(ConlluWriter.write(PipelineFactory.get().annotator().annotate(Document.of(text, null))));
            return Main.OK;
        }
        try (BufferedReader in = Inputs.jsonl(input)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JsonOutput.mapper().readTree(line);
                String id = n.path("id").asText();
                if (id.isBlank() || id.contains("\n")) {
                    throw new UsageException("every line needs a one-line \"id\"");
                }
                System.out.print("# newdoc id = " + id + "\n");
                System.out.print(ConlluWriter.write(PipelineFactory.get().annotator()
                        .annotate(Document.of(n.path("text").asText(), null))));
            }
        }
        return Main.OK;
    }
}
