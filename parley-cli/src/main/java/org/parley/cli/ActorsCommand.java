package org.parley.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parley.actors.ActorResolver;
import org.parley.actors.KnowledgeBase;
import org.parley.actors.Resolution;
import org.parley.model.Actor;

/** {@code parley actors}: inspect the actor knowledge base. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Inspect the actor knowledge base.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Stats.class})
final class ActorsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: lookup or stats");
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Show how a phrase resolves on a date, and why.")
    static final class Lookup implements Callable<Integer> {

        @Parameters(paramLabel = "TEXT", description = "The phrase, e.g. \"Polish troops\" or \"Marco Rubio\".")
        String text;

        @Option(names = "--date", converter = Dates.class, description = "Date (default: today).")
        LocalDate date;

        @Override
        public Integer call() {
            ActorResolver resolver = new ActorResolver(KnowledgeBase.load());
            Resolution r = resolver.resolve(text, date != null ? date : LocalDate.now());
            System.out.println("\"" + text + "\" on " + (date != null ? date : LocalDate.now()) + ":");
            for (String step : r.steps()) {
                System.out.println("  " + step);
            }
            if (r.actors().isEmpty()) {
                System.out.println("  → no actor (" + r.rule() + (r.agentSector() != null ? ", sector " + r.agentSector() : "") + ")");
            }
            for (Actor a : r.actors()) {
                System.out.println("  → " + a.code() + "  country=" + a.country() + " sector=" + a.sector() + " kind="
                        + a.kind().label() + " name=\"" + a.name() + "\"" + (a.role() != null ? " role=\"" + a.role() + "\"" : "")
                        + "  [" + r.rule() + "]");
            }
            return r.resolved() ? Main.OK : Main.SOME_FAILED;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the knowledge base holds.")
    static final class Stats implements Callable<Integer> {
        @Override
        public Integer call() {
            KnowledgeBase kb = KnowledgeBase.load();
            System.out.println("countries      " + kb.countries().size());
            System.out.println("organizations  " + kb.organizations().size());
            System.out.println("agent words    " + kb.agentWordCount());
            System.out.println("people         " + kb.people().size());
            System.out.println("role spells    " + kb.roleSpellCount());
            return Main.OK;
        }
    }
}
