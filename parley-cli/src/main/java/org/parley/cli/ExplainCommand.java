package org.parley.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.PipelineObserver;

/** {@code parley explain}: the parse, the actors, each pattern tried and why an event was or was not coded. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how Parley codes a sentence: parse, actors, patterns tried, events.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SENTENCE", description = "The text to explain.")
    String text;

    @Option(names = "--date", converter = Dates.class, description = "Publication date (default: today).")
    LocalDate date;

    @picocli.CommandLine.Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() {
        Pipeline pipeline = PipelineFactory.get(knowledge);
        ParsedDocument parsed = pipeline.annotator().annotate(Document.of(text, date != null ? date : LocalDate.now()));
        for (Sentence s : parsed.sentences()) {
            System.out.println("sentence " + s.index() + ": " + s.text());
            for (Token t : s.tokens()) {
                System.out.printf("  %3d %-18s %-14s %-5s %3d %s%n", t.index(), t.text(), t.lemma(), t.pos(), t.head(),
                        t.relation());
            }
        }
        Analysis analysis = pipeline.analyze(parsed, new PipelineObserver() {
            @Override
            public boolean tracing() {
                return true;
            }

            @Override
            public void trace(String line) {
                System.out.println("  " + line);
            }
        });
        System.out.println(analysis.events().size() + " event(s)");
        for (Event e : analysis.events()) {
            System.out.println("  " + e.type().code() + " " + e.type().name() + " [" + e.type().plover() + "] "
                    + e.source().stream().map(m -> m.actor().code()).toList() + " → "
                    + e.target().stream().map(m -> m.actor().code()).toList() + "  rule=" + e.evidence().rule());
        }
        return Main.OK;
    }
}
