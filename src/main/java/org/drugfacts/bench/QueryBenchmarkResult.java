package org.drugfacts.bench;

import java.util.Objects;

/**
 * Latency of one question over one transport: median and 99th percentile in milliseconds over the timed
 * iterations (after warm-up), and how many rows the question answered.
 */
public record QueryBenchmarkResult(String question, String transport, int iterations, double p50Millis,
                                   double p99Millis, int rows) {
    public QueryBenchmarkResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(transport, "transport");
        if (iterations <= 0) {
            throw new IllegalArgumentException("a benchmark needs at least one timed iteration");
        }
    }
}
