package org.drugfacts.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "(coming)")
final class RemoveCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
