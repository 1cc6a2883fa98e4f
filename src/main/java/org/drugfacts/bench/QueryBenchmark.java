package org.drugfacts.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.drugfacts.query.DrugFactsQueries;
import org.drugfacts.query.NamedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every shipped question, in this JVM and over HTTP, on the same data. Parameters are resolved once
 * beforehand (a drug by its label, as a user would give it) so that each timing is the question alone. Every
 * round asks all questions in-process and then all over HTTP, so that background load and garbage collection
 * affect both transports alike, while requests still follow requests: in-process work run between two requests
 * leaves the server's threads and caches cold (measured on a 2-core VM: a trivial query over raw HTTP took
 * p50 0.4 ms back to back and 0.9 ms after 3 ms of other work).
 */
public final class QueryBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(QueryBenchmark.class);

    /**
     * A query that reads nothing, timed like the questions: what any request costs before it does any work (on
     * HTTP: the round trip, Fuseki's handling, parsing and writing a result), so each question's own cost shows.
     */
    static final Query FLOOR = QueryFactory.create("SELECT (1 AS ?one) WHERE {}");
    public static final String FLOOR_NAME = "(floor: a query reading nothing)";

    /** What each question is asked with: values a user would type, resolved once before timing. */
    public static final Map<String, Map<String, String>> PARAMETERS = parameters();

    private final DrugFactsQueries inProcess;
    private final DrugFactsQueries overHttp;
    private final Map<String, Map<String, String>> parameters;

    /** Asks each question with {@link #PARAMETERS}, values the shipped data knows. */
    public QueryBenchmark(DrugFactsQueries inProcess, DrugFactsQueries overHttp) {
        this(inProcess, overHttp, PARAMETERS);
    }

    /** Asks each question with the given parameters (by question name; a question not named runs without). */
    public QueryBenchmark(DrugFactsQueries inProcess, DrugFactsQueries overHttp, Map<String, Map<String, String>> parameters) {
        this.inProcess = inProcess;
        this.overHttp = overHttp;
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * Runs {@code warmup} untimed and then {@code iterations} timed rounds; a round asks every question once
     * in-process, then once over HTTP. Warming the whole system first matters: the server's request path (Jetty, Fuseki, result
     * writers) is shared by every question and needs a few thousand requests before the JIT has compiled it, so
     * timing question by question after a short per-question warm-up charged the first questions for it
     * (measured: a trivial query over HTTP p50 5.2 ms after 500 requests, 1.3 ms after 4,000).
     */
    public List<QueryBenchmarkResult> run(int warmup, int iterations) {
        if (iterations <= 0 || warmup < 0) {
            throw new IllegalArgumentException("iterations must be positive and warm-up not negative");
        }
        List<Timed> timed = new ArrayList<>();
        for (NamedQuery question : inProcess.catalog().all()) {
            Map<String, Node> bindings = inProcess.bind(question, parameters.getOrDefault(question.name(), Map.of()));
            timed.add(new Timed(question.name(), inProcess.runBound(question, bindings).size(),
                    () -> inProcess.runBound(question, bindings), () -> overHttp.runBound(question, bindings)));
        }
        timed.add(new Timed(FLOOR_NAME, 1, () -> inProcess.transport().select(FLOOR, Map.of()),
                () -> overHttp.transport().select(FLOOR, Map.of())));
        for (int round = 0; round < warmup; round++) {
            for (Timed entry : timed) {
                entry.inProcess().run();
                entry.overHttp().run();
            }
        }
        long[][] local = new long[timed.size()][iterations];
        long[][] http = new long[timed.size()][iterations];
        for (int round = 0; round < iterations; round++) {
            for (int i = 0; i < timed.size(); i++) {
                local[i][round] = nanos(timed.get(i).inProcess());
            }
            for (int i = 0; i < timed.size(); i++) {
                http[i][round] = nanos(timed.get(i).overHttp());
            }
            LOG.debug("round {} of {}", round + 1, iterations);
        }
        List<QueryBenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            results.add(result(timed.get(i).name(), "in-process", local[i], timed.get(i).rows()));
            results.add(result(timed.get(i).name(), "http", http[i], timed.get(i).rows()));
        }
        return results;
    }

    /** One question (or the floor) with its answer's size, ready to run on either transport. */
    private record Timed(String name, int rows, Runnable inProcess, Runnable overHttp) {
    }

    private static long nanos(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static QueryBenchmarkResult result(String question, String transport, long[] nanos, int rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new QueryBenchmarkResult(question, transport, sorted.length, percentile(sorted, 50), percentile(sorted, 99), rows);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static Map<String, Map<String, String>> parameters() {
        Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        parameters.put("facts", Map.of("subject", "clonazepam"));
        parameters.put("drug-facts", Map.of("drug", "clonazepam"));
        parameters.put("fact-evidence", Map.of("drug", "clonazepam", "property", "contraindication",
                "object", "myasthenia gravis"));
        parameters.put("contraindications-by-mechanism", Map.of("drug", "clonazepam"));
        parameters.put("similar-drugs", Map.of("drug", "clonazepam"));
        parameters.put("contraindicated-in", Map.of("condition", "respiratory failure"));
        parameters.put("interactions", Map.of("drug", "clonazepam"));
        parameters.put("shared-adverse-effects", Map.of("drug", "clonazepam", "other", "lorazepam"));
        parameters.put("conflicts", Map.of("drug", "clonazepam"));
        parameters.put("source-count", Map.of("drug", "clonazepam"));
        parameters.put("population-cautions", Map.of("population", "pregnancy"));
        parameters.put("resolve-concept", Map.of("label", "Klonopin"));
        return Map.copyOf(parameters);
    }
}
