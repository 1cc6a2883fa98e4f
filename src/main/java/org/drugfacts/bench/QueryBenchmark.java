package org.drugfacts.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.drugfacts.query.DrugFactsQueries;
import org.drugfacts.query.NamedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every shipped question, in this JVM and over HTTP, on the same data. Parameters are resolved once
 * beforehand (a drug by its label, as a user would give it) so that each timing is the question alone; the
 * transports run alternately, iteration by iteration, so that background load affects both alike.
 */
public final class QueryBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(QueryBenchmark.class);

    /** What each question is asked with: values a user would type, resolved once before timing. */
    public static final Map<String, Map<String, String>> PARAMETERS = parameters();

    private final DrugFactsQueries inProcess;
    private final DrugFactsQueries overHttp;

    public QueryBenchmark(DrugFactsQueries inProcess, DrugFactsQueries overHttp) {
        this.inProcess = inProcess;
        this.overHttp = overHttp;
    }

    /** Runs {@code warmup} untimed and {@code iterations} timed rounds of every question on both transports. */
    public List<QueryBenchmarkResult> run(int warmup, int iterations) {
        if (iterations <= 0 || warmup < 0) {
            throw new IllegalArgumentException("iterations must be positive and warm-up not negative");
        }
        List<QueryBenchmarkResult> results = new ArrayList<>();
        for (NamedQuery question : inProcess.catalog().all()) {
            Map<String, Node> bindings = inProcess.bind(question, PARAMETERS.getOrDefault(question.name(), Map.of()));
            int rows = inProcess.runBound(question, bindings).size();
            for (int i = 0; i < warmup; i++) {
                inProcess.runBound(question, bindings);
                overHttp.runBound(question, bindings);
            }
            long[] local = new long[iterations];
            long[] http = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                inProcess.runBound(question, bindings);
                local[i] = System.nanoTime() - start;
                start = System.nanoTime();
                overHttp.runBound(question, bindings);
                http[i] = System.nanoTime() - start;
            }
            results.add(result(question.name(), "in-process", local, rows));
            results.add(result(question.name(), "http", http, rows));
            LOG.debug("benchmarked {}", question.name());
        }
        return results;
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
