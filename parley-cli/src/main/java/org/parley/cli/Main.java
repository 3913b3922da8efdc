package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. Exit codes: 0 everything analyzed, 1 some documents failed
 * (each reported on its own line), 2 usage error.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news about international politics into events, quotes, stances and actors.",
        subcommands = {AnalyzeCommand.class, ResolveCommand.class, EvalCommand.class, ExplainCommand.class, ActorsCommand.class,
                ParseCommand.class, BenchCommand.class, IngestCommand.class, EventsCommand.class, QuotesCommand.class, StancesCommand.class, ExportCommand.class, StoreBenchCommand.class,
                ServeCommand.class, ServeBenchCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests, which must not exit the JVM). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("parley: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof UsageException ? USAGE : SOME_FAILED;
        });
        int code = cli.execute(args);
        if (code == OK && System.out.checkError()) {
            // Output was lost (a full disk, a closed pipe): never report success.
            System.err.println("parley: " + StdOut.LOST);
            return SOME_FAILED;
        }
        return code;
    }

    /** CoreNLP logs per document at INFO; keep the terminal for results and real warnings. */
    static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see parley --help)");
    }
}
