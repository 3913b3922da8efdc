package org.parley.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parley.annotate.ConlluWriter;
import org.parley.model.Document;

/** {@code parley parse}: the CoreNLP parse as CoNLL-U, the format of the coder's test fixtures. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the parse of a text file as CoNLL-U (used to make test fixtures).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A plain-text file, or - for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        String text = Inputs.readText(file);
        System.out.print(ConlluWriter.write(PipelineFactory.get().annotator().annotate(Document.of(text, null))));
        return Main.OK;
    }
}
