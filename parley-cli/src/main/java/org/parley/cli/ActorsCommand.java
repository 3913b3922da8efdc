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
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Stats.class, ActorsCommand.Bench.class,
                ActorsCommand.Stored.class})
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

        @picocli.CommandLine.Mixin
        KnowledgeOptions knowledge = new KnowledgeOptions();

        @Override
        public Integer call() {
            ActorResolver resolver = new ActorResolver(knowledge.knowledgeBase());
            Resolution r = resolver.resolve(text, date != null ? date : LocalDate.now());
            System.out.println("\"" + text + "\" on " + (date != null ? date : LocalDate.now()) + ":");
            for (String step : r.steps()) {
                System.out.println("  " + step);
            }
            if (r.actors().isEmpty()) {
                System.out.println("  → no actor (" + r.rule() + (r.agentSector() != null ? ", sector " + r.agentSector() : "") + ")");
            }
            for (Actor a : r.actors()) {
                System.out.println("  → " + a.code() + "  country=" + a.country() + " sector=" + a.sector()
                        + (a.otherSectors().isEmpty() ? "" : " also=" + String.join(",", a.otherSectors())) + " kind="
                        + a.kind().label() + " name=\"" + a.name() + "\"" + (a.role() != null ? " role=\"" + a.role() + "\"" : "")
                        + "  [" + r.rule() + "]");
            }
            return r.resolved() ? Main.OK : Main.SOME_FAILED;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure actor resolution speed on one thread (phrases per second).")
    static final class Bench implements Callable<Integer> {

        @Option(names = "--input", paramLabel = "FILE.jsonl",
                description = "Phrases as {\"text\", \"date\"?} lines; default: a mix built from the knowledge base.")
        String input;

        @Option(names = "--seconds", description = "Measuring time (default: ${DEFAULT-VALUE}).")
        double seconds = 5;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() throws java.io.IOException {
            KnowledgeBase kb = KnowledgeBase.load();
            ActorResolver resolver = new ActorResolver(kb);
            java.util.List<String> phrases = input != null ? read(input) : sample(kb);
            LocalDate date = LocalDate.of(2024, 6, 1);
            long[] resolved = {0};
            for (int i = 0; i < Math.min(phrases.size(), 20_000); i++) {
                resolver.resolve(phrases.get(i), date);
            }
            long[] n = {0};
            BenchHarness.Rate rate;
            try {
                rate = BenchHarness.loop(0, seconds, i -> {
                    for (int k = 0; k < 1000; k++) {
                        if (resolver.resolve(phrases.get((int) (n[0] % phrases.size())), date).resolved()) {
                            resolved[0]++;
                        }
                        n[0]++;
                    }
                    return 1000;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            new BenchReport("actors bench", phrases.size() + " distinct phrases, " + rate.operations()
                    + " resolutions in " + BenchReport.number(rate.seconds()) + " s on one thread, after one pass of"
                    + " warm-up")
                    .add("phrases", rate.perSecond(), "phrases/s")
                    .add("phrases (CPU)", rate.perCpuSecond(), "phrases/CPU s")
                    .add("resolved", 100.0 * resolved[0] / n[0], "%")
                    .print(json, System.out);
            return Main.OK;
        }

        private static java.util.List<String> read(String path) throws java.io.IOException {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (java.io.BufferedReader in = Inputs.jsonl(path)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(org.parley.output.JsonOutput.mapper().readTree(line).path("text").asText(""));
                    }
                }
            }
            if (out.isEmpty()) {
                throw new UsageException(path + " has no phrases");
            }
            return out;
        }

        /** Realistic noun phrases: titled names, demonym + agent, countries, organisations, misses. */
        private static java.util.List<String> sample(KnowledgeBase kb) {
            java.util.List<String> out = new java.util.ArrayList<>();
            java.util.Random random = new java.util.Random(7);
            java.util.List<org.parley.actors.Country> countries = new java.util.ArrayList<>(kb.countries());
            String[] agents = {"troops", "foreign minister", "police", "rebels", "lawmakers", "officials", "warplanes",
                "protesters", "government", "President"};
            for (org.parley.actors.Person p : kb.people()) {
                out.add(p.name());
            }
            for (int i = 0; i < 5000; i++) {
                org.parley.actors.Country c = countries.get(random.nextInt(countries.size()));
                String demonym = c.demonyms().isEmpty() ? c.shortName() : c.demonyms().get(0);
                out.add(demonym + " " + agents[random.nextInt(agents.length)]);
                out.add(c.shortName());
                out.add("the " + agents[random.nextInt(agents.length)] + " of the regional council");
            }
            for (org.parley.actors.Organization o : kb.organizations()) {
                out.add(o.name());
            }
            java.util.Collections.shuffle(out, random);
            return out;
        }
    }

    @Command(name = "stored", mixinStandardHelpOptions = true,
            description = "Actors in the store, by how many events name them.")
    static final class Stored implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        StoreOptions store = new StoreOptions();

        @Option(names = "--actor", description = "Code prefix or country.")
        String actor;

        @picocli.CommandLine.Mixin
        QueryOutput output = new QueryOutput(50);

        /** The columns of {@code actors stored}. */
        static final QueryPrinter<org.parley.store.EventStore.ActorCount> PRINTER =
                new QueryPrinter<org.parley.store.EventStore.ActorCount>("actor")
                        .column("code", 14, org.parley.store.EventStore.ActorCount::code)
                        .column("country", 7, org.parley.store.EventStore.ActorCount::country)
                        .column("events", 0, org.parley.store.EventStore.ActorCount::events);

        @Override
        public Integer call() throws java.io.IOException {
            int limit = output.limit();
            try (org.parley.store.EventStore db = store.openExisting()) {
                PRINTER.print(output.format, db.actors(actor, limit), StdOut.writer());
            }
            return Main.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the knowledge base holds.")
    static final class Stats implements Callable<Integer> {
        @Override
        public Integer call() {
            long start = System.nanoTime();
            KnowledgeBase kb = KnowledgeBase.load();
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("countries      " + kb.countries().size());
            System.out.println("organizations  " + kb.organizations().size());
            System.out.println("agent words    " + kb.agentWordCount());
            System.out.println("people         " + kb.people().size());
            System.out.println("role spells    " + kb.roleSpellCount());
            System.out.println("load time      " + loadMillis + " ms (first load in this JVM)");
            System.out.println("heap after GC  " + heapAfterGc() / (1024 * 1024) + " MB (knowledge base loaded)");
            java.lang.ref.Reference.reachabilityFence(kb);
            return Main.OK;
        }

        /** Heap in use after a full collection, with the knowledge base still reachable. */
        private static long heapAfterGc() {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return rt.totalMemory() - rt.freeMemory();
        }
    }
}
