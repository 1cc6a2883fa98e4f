package org.drugfacts.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "load", mixinStandardHelpOptions = true, description = "(coming)")
final class LoadCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
