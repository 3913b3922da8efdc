package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import org.parley.actors.KnowledgeBase;
import org.parley.actors.PetrarchDictionary;

/**
 * {@code --dictionary FILE} (repeatable): PETRARCH/TABARI actor or agent dictionaries merged
 * over the built-in knowledge base. What each file added is reported on standard error.
 */
final class KnowledgeOptions {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "A PETRARCH/TABARI-format actor or agent dictionary to merge over the built-in knowledge base "
                    + "(may repeat).")
    List<Path> dictionaries = new ArrayList<>();

    KnowledgeBase knowledgeBase() {
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltIn();
        for (Path p : dictionaries) {
            PetrarchDictionary.Summary s = PetrarchDictionary.load(p, b);
            System.err.println("parley: " + p + ": " + s.people() + " people, " + s.organizations() + " organizations, "
                    + s.agents() + " agent words, " + s.skipped() + " entries skipped");
            for (String w : s.warnings()) {
                System.err.println("parley:   " + w);
            }
        }
        return b.build();
    }

    boolean isDefault() {
        return dictionaries.isEmpty();
    }
}
