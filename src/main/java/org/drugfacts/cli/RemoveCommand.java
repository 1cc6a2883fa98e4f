package org.drugfacts.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.drugfacts.extract.DocumentReader;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.store.DocumentChange;
import org.drugfacts.store.DrugFactsStore;
import org.drugfacts.store.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Takes documents and every fact read from them out of a store (by file name; a path's folder is ignored). "
                + "Exit code 1 if a named document was not in the store.")
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Document file names (or paths) to remove.")
    List<Path> documents;

    @Override
    public Integer call() {
        List<String> names = documents.stream().map(p -> p.getFileName().toString()).toList();
        try (DrugFactsStore store = DrugFactsStore.open(storeOption.store)) {
            List<DocumentChange> changes = new Loader(store, Lexicon::shipped, new DocumentReader()).remove(names);
            int absent = 0;
            for (int i = 0; i < names.size(); i++) {
                boolean removed = changes.get(i) == DocumentChange.REMOVED;
                (removed ? spec.commandLine().getOut() : spec.commandLine().getErr())
                        .println((removed ? "removed " : "not in the store: ") + names.get(i));
                absent += removed ? 0 : 1;
            }
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return absent == 0 ? 0 : Main.FAILURE;
        }
    }
}
