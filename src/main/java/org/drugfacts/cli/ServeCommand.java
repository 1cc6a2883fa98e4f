package org.drugfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.drugfacts.extract.DocumentReader;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.server.DrugFactsServer;
import org.drugfacts.store.DrugFactsStore;
import org.drugfacts.store.LoadSummary;
import org.drugfacts.store.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store over SPARQL with embedded Fuseki on localhost, loading the shipped data on first "
                + "start (and the named documents, if any). A restart reuses the store without reloading.",
                "Endpoints: /drugfacts/sparql (query; JSON, XML, CSV, TSV, Turtle, JSON-LD by content negotiation), "
                        + "/drugfacts/get (graphs), /id/... (dereferenceable IRIs). Read-only unless --password-file is given."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop a query with no first result after this many seconds (default: ${DEFAULT-VALUE}); "
                    + "any query after six times as long.")
    int timeoutSeconds;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Jetty password file with a line 'admin: PASSWORD': opens /drugfacts/update and /drugfacts/data "
                    + "to user admin with HTTP basic authentication.")
    Path passwordFile;

    @Option(names = "--all-interfaces", description = "Listen on every network interface, not only localhost.")
    boolean allInterfaces;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents to load before serving.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DrugFactsStore store = DrugFactsStore.open(storeOption.store);
        DrugFactsServer server = null;
        try {
            Loader loader = new Loader(store, Lexicon::shipped, new DocumentReader());
            LoadSummary shipped = loader.loadShipped(false, Summaries.progressTo(err));
            if (shipped != null) {
                Summaries.print("shipped data", shipped, out, err);
            }
            if (!inputs.isEmpty()) {
                Summaries.print("loaded", loader.loadFiles(inputs, Summaries.progressTo(err)), out, err);
            }
            server = DrugFactsServer.builder(store.dataset())
                    .port(port)
                    .loopbackOnly(!allInterfaces)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(6L * timeoutSeconds))
                    .passwordFile(passwordFile)
                    .start();
            double startup = (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            out.printf("drugfacts is serving %s (ready %.1f s after the JVM started)%n", storeOption.store.toAbsolutePath(), startup);
            out.println("  SPARQL query:   " + server.sparqlUrl());
            out.println("  graph store:    " + server.graphStoreUrl() + "?default");
            out.println("  resources:      " + server.baseUrl() + "/id/drug/clonazepam");
            if (passwordFile != null) {
                out.println("  SPARQL update:  " + server.updateUrl() + " (user " + DrugFactsServer.ADMIN_USER + ")");
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            DrugFactsServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                store.close();
            }, "drugfacts-shutdown"));
            server.join();
            return 0;
        } catch (RuntimeException e) {
            // Jetty and TDB2 threads would keep the JVM alive: stop them before reporting.
            if (server != null) {
                server.close();
            }
            store.close();
            throw e;
        }
    }
}
