package org.drugfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code drugfacts bench}: the benchmarks, one subcommand each. {@code queries} times the questions; the
 * extractor's {@code extract} benchmark registers here as a second subcommand.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: 'bench queries' times every question in-process and over HTTP.",
        subcommands = {BenchQueriesCommand.class, BenchExtractCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
