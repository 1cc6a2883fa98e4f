package org.drugfacts.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.drugfacts.extract.DocumentReader;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.store.DrugFactsStore;
import org.drugfacts.store.LoadSummary;
import org.drugfacts.store.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads documents, and the shipped data if the store lacks it, into a TDB2 store.",
                "Each document is one transaction into its own named graph: reloading an unchanged document changes "
                        + "nothing, a changed one replaces its facts. Unreadable documents are reported and skipped "
                        + "(exit code 1); the others still load. Do not run it on a store a running 'serve' holds."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--force-shipped", description = "Reload the shipped data even if the store already has it.")
    boolean forceShipped;

    @Option(names = "--max-bytes", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES, paramLabel = "N",
            description = "Skip documents larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents (.txt, .md, .html), or folders of them.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() {
        try (DrugFactsStore store = DrugFactsStore.open(storeOption.store)) {
            Loader loader = new Loader(store, Lexicon::shipped, new DocumentReader(maxBytes));
            LoadSummary shipped = loader.loadShipped(forceShipped, Summaries.progressTo(spec.commandLine().getErr()));
            if (shipped != null) {
                Summaries.print("shipped data", shipped, spec.commandLine().getOut(), spec.commandLine().getErr());
            }
            if (inputs.isEmpty()) {
                return shipped == null || shipped.problems().isEmpty() ? 0 : Main.FAILURE;
            }
            LoadSummary summary = loader.loadFiles(inputs, Summaries.progressTo(spec.commandLine().getErr()));
            Summaries.print("loaded into " + storeOption.store, summary, spec.commandLine().getOut(), spec.commandLine().getErr());
            return summary.problems().isEmpty() ? 0 : Main.FAILURE;
        }
    }
}
