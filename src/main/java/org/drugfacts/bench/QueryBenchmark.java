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
 * beforehand (a drug by its label, as a user would give it) so that each timing is the question alone; the
 * questions and transports take turns within every round, so that background load and garbage collection
 * affect them all alike.
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
     * Runs {@code warmup} untimed and then {@code iterations} timed rounds; a round asks every question once on
     * each transport. Warming the whole system first matters: the server's request path (Jetty, Fuseki, result
     * writers) is shared by every question and needs a few thousand requests before the JIT has compiled it, so
     * timing question by question after a short per-question warm-up charged the first questions for it
     * (measured: a trivial query over HTTP p50 5.2 ms after 500 requests, 1.3 ms after 4,000).
     */
    public List<QueryBenchmarkResult> run(int warmup, int iterations) {
        if (iterations <= 0 || warmup < 0) {
            throw new IllegalArgumentException("iterations must be positive and warm-up not negative");
        }
        List<NamedQuery> questions = inProcess.catalog().all();
        List<Map<String, Node>> bindings = new ArrayList<>();
        int[] rows = new int[questions.size()];
        for (int q = 0; q < questions.size(); q++) {
            NamedQuery question = questions.get(q);
            bindings.add(inProcess.bind(question, parameters.getOrDefault(question.name(), Map.of())));
            rows[q] = inProcess.runBound(question, bindings.get(q)).size();
        }
        for (int round = 0; round < warmup; round++) {
            for (int q = 0; q < questions.size(); q++) {
                inProcess.runBound(questions.get(q), bindings.get(q));
                overHttp.runBound(questions.get(q), bindings.get(q));
            }
        }
        long[][] local = new long[questions.size() + 1][iterations];
        long[][] http = new long[questions.size() + 1][iterations];
        for (int round = 0; round < iterations; round++) {
            long start = System.nanoTime();
            inProcess.transport().select(FLOOR, Map.of());
            local[questions.size()][round] = System.nanoTime() - start;
            start = System.nanoTime();
            overHttp.transport().select(FLOOR, Map.of());
            http[questions.size()][round] = System.nanoTime() - start;
            for (int q = 0; q < questions.size(); q++) {
                start = System.nanoTime();
                inProcess.runBound(questions.get(q), bindings.get(q));
                local[q][round] = System.nanoTime() - start;
                start = System.nanoTime();
                overHttp.runBound(questions.get(q), bindings.get(q));
                http[q][round] = System.nanoTime() - start;
            }
            LOG.debug("round {} of {}", round + 1, iterations);
        }
        List<QueryBenchmarkResult> results = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            results.add(result(questions.get(q).name(), "in-process", local[q], rows[q]));
            results.add(result(questions.get(q).name(), "http", http[q], rows[q]));
        }
        results.add(result(FLOOR_NAME, "in-process", local[questions.size()], 1));
        results.add(result(FLOOR_NAME, "http", http[questions.size()], 1));
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
