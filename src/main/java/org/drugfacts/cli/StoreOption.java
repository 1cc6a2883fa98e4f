package org.drugfacts.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store} option that every command working on a TDB2 store shares. */
final class StoreOption {
    static final String DEFAULT = "drugfacts-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working folder; created if missing).")
    Path store;
}
