package org.drugfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.drugfacts.bench.QueryBenchmark;
import org.drugfacts.bench.QueryBenchmarkResult;
import org.drugfacts.extract.DocumentReader;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.query.DrugFactsQueries;
import org.drugfacts.server.DrugFactsServer;
import org.drugfacts.store.DrugFactsStore;
import org.drugfacts.store.Loader;
import org.drugfacts.store.LoadProgress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Times every question (queries/*.rq) in-process and over HTTP against an embedded Fuseki on the "
                + "same data, and prints p50 and p99 per question and transport, beside a query that reads nothing "
                + "(what any request costs before it does any work).",
                "Data: the shipped data in a fresh TDB2 store in a temporary folder, as 'serve' keeps it on disk (plus "
                        + "the documents named, if any), or --store DIR."})
final class BenchQueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "200", paramLabel = "N",
            description = "Timed rounds; a round asks every question once in-process and once over HTTP "
                    + "(default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", defaultValue = "500", paramLabel = "N",
            description = "Untimed rounds first, so the JIT has compiled the hot paths of both the client and the "
                    + "server (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--store", paramLabel = "DIR", description = "An existing TDB2 store to benchmark instead.")
    Path store;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents to load as well (e.g. ../shared/seeds).")
    List<Path> inputs = List.of();

    @Override
    public Integer call() throws IOException {
        if (store != null) {
            return benchmark(store);
        }
        // On disk, not TDB2's in-memory mode: that copies B+tree blocks through a small cache and answered the
        // larger questions about twice as slowly as the memory-mapped store that 'serve' uses.
        Path temporary = Files.createTempDirectory("drugfacts-bench");
        try {
            return benchmark(temporary.resolve("store"));
        } finally {
            try (Stream<Path> files = Files.walk(temporary)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private int benchmark(Path location) {
        PrintWriter out = spec.commandLine().getOut();
        try (DrugFactsStore data = DrugFactsStore.open(location)) {
            Loader loader = new Loader(data, Lexicon.shipped(), new DocumentReader());
            loader.loadShipped(false, LoadProgress.NONE);
            if (!inputs.isEmpty()) {
                loader.loadFiles(inputs, LoadProgress.NONE);
            }
            out.println("data: " + data.tripleCount() + " triples in " + data.location());
            out.flush();
            try (DrugFactsServer server = DrugFactsServer.builder(data.dataset()).port(0).loopbackOnly(true)
                    .queryTimeout(Duration.ofSeconds(10), Duration.ofSeconds(60)).start()) {
                QueryBenchmark benchmark = new QueryBenchmark(DrugFactsQueries.local(data.dataset()),
                        DrugFactsQueries.endpoint(server.sparqlUrl()));
                print(out, benchmark.run(warmup, iterations));
            }
        }
        out.flush();
        return 0;
    }

    private static boolean isQuestion(QueryBenchmarkResult result) {
        return !result.question().equals(QueryBenchmark.FLOOR_NAME);
    }

    private static void print(PrintWriter out, List<QueryBenchmarkResult> results) {
        out.println(String.format(Locale.ROOT, "%-32s %-10s %6s %9s %9s %6s", "question", "transport", "runs", "p50 ms",
                "p99 ms", "rows"));
        for (QueryBenchmarkResult r : results) {
            out.println(String.format(Locale.ROOT, "%-32s %-10s %6d %9.2f %9.2f %6d", r.question(), r.transport(),
                    r.iterations(), r.p50Millis(), r.p99Millis(), r.rows()));
        }
        double worstHttpP50 = results.stream().filter(r -> r.transport().equals("http") && isQuestion(r))
                .mapToDouble(QueryBenchmarkResult::p50Millis).max().orElse(0);
        double worstHttpP99 = results.stream().filter(r -> r.transport().equals("http") && isQuestion(r))
                .mapToDouble(QueryBenchmarkResult::p99Millis).max().orElse(0);
        out.println(String.format(Locale.ROOT, "worst over HTTP: p50 %.2f ms (target <= 10), p99 %.2f ms (target <= 50)",
                worstHttpP50, worstHttpP99));
        double floorHttpP50 = results.stream().filter(r -> r.transport().equals("http") && !isQuestion(r))
                .mapToDouble(QueryBenchmarkResult::p50Millis).findFirst().orElse(0);
        for (int i = 0; i + 1 < results.size(); i += 2) {
            QueryBenchmarkResult local = results.get(i);
            QueryBenchmarkResult http = results.get(i + 1);
            // A question that takes less than half of what an empty request costs cannot be within 2x over HTTP,
            // however its query is written: say so, so the ratio is read against what the transport allows.
            String bound = isQuestion(local) && 2 * local.p50Millis() < floorHttpP50
                    ? String.format(Locale.ROOT, " (a request reading nothing, %.2f ms, is already over 2x)", floorHttpP50)
                    : "";
            out.println(String.format(Locale.ROOT, "  %-32s HTTP/in-process p50 %.1fx%s", local.question(),
                    http.p50Millis() / Math.max(local.p50Millis(), 1e-3), bound));
        }
    }
}
