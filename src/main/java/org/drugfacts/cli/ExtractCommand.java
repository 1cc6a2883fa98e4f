package org.drugfacts.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "(coming)")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
