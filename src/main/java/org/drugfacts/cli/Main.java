package org.drugfacts.cli;

import org.drugfacts.DrugFactsException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the drugfacts command line: one subcommand per job. Exit codes: 0 success, 1 failure,
 * 2 bad usage. The only place in the project that prints errors or exits.
 */
@Command(name = "drugfacts", mixinStandardHelpOptions = true, version = "drugfacts 0.1.0",
        description = "A knowledge graph and SPARQL endpoint of sourced drug facts.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this rather than main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line writing to the given streams, and returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // One line per command; keep them in the order --help should list them.
        cli.addSubcommand(new ExtractCommand());
        cli.addSubcommand(new LoadCommand());
        cli.addSubcommand(new RemoveCommand());
        cli.addSubcommand(new ServeCommand());
        cli.addSubcommand(new QueryCommand());
        cli.addSubcommand(new BenchCommand());
        cli.addSubcommand(new EvaluateCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DrugFactsException) {
                commandLine.getErr().println("drugfacts: " + e.getMessage());
            } else {
                // Not an input problem but a defect: the stack trace is what a bug report needs.
                commandLine.getErr().println("drugfacts: internal error, please report it: " + e);
                e.printStackTrace(commandLine.getErr());
            }
            return FAILURE;
        });
        return cli;
    }
}
