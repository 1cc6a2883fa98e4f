package org.drugfacts.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

import org.drugfacts.DrugFactsException;
import org.drugfacts.extract.Extractor;
import org.drugfacts.model.SourceDocument;

/**
 * Times the extractor over a corpus on T threads, and, as a baseline, the same reading and tokenising the
 * extractor does before matching ({@link Extractor#tokenise}), so the report says both how fast extraction is
 * and what it costs beyond merely reading the text. A warm-up pass runs first so the JIT has compiled both;
 * then three alternating rounds of each, keeping the best, since shared machines are noisy.
 */
public final class ExtractBenchmark {
    private static final int WARMUP_DOCUMENTS = 2000;
    private static final int ROUNDS = 3;

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Extractor extractor;
    /** CPU time the worker threads spent in the current pass: per-core speed that other load cannot skew. */
    private final java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    private final int threads;

    public ExtractBenchmark(Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    public ExtractBenchmarkResult run(List<SourceDocument> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
        long characters = 0;
        for (SourceDocument d : corpus) {
            characters += d.text().length();
        }
        List<SourceDocument> warmup = corpus.subList(0, Math.min(WARMUP_DOCUMENTS, corpus.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            time(pool, warmup, d -> extractor.extract(d).size());
            time(pool, warmup, extractor::tokenise);
            // alternate the two and keep each one's best round, so a burst of load on a shared machine
            // does not land on one side of the comparison only
            double tokeniseSeconds = Double.MAX_VALUE;
            double extractSeconds = Double.MAX_VALUE;
            long tokens = 0;
            long facts = 0;
            double tokeniseCpu = Double.MAX_VALUE;
            double extractCpu = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                cpuNanos.set(0);
                long start = System.nanoTime();
                tokens = time(pool, corpus, extractor::tokenise);
                tokeniseSeconds = Math.min(tokeniseSeconds, (System.nanoTime() - start) / 1e9);
                tokeniseCpu = Math.min(tokeniseCpu, cpuNanos.get() / 1e9);
                cpuNanos.set(0);
                start = System.nanoTime();
                facts = time(pool, corpus, d -> extractor.extract(d).size());
                extractSeconds = Math.min(extractSeconds, (System.nanoTime() - start) / 1e9);
                extractCpu = Math.min(extractCpu, cpuNanos.get() / 1e9);
            }
            return new ExtractBenchmarkResult(corpus.size(), characters, threads, extractSeconds, tokeniseSeconds,
                    extractCpu, tokeniseCpu, facts, tokens);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the work over the corpus split into one slice per thread; returns the summed counts. */
    private long time(ExecutorService pool, List<SourceDocument> corpus, ToLongFunction<SourceDocument> work) {
        List<Future<Long>> parts = new ArrayList<>(threads);
        int slice = (corpus.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<SourceDocument> mine = corpus.subList(Math.min(corpus.size(), t * slice),
                    Math.min(corpus.size(), (t + 1) * slice));
            parts.add(pool.submit(() -> {
                long cpuStart = CPU.getCurrentThreadCpuTime();
                long sum = 0;
                for (SourceDocument d : mine) {
                    sum += work.applyAsLong(d);
                }
                cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
                return sum;
            }));
        }
        long total = 0;
        try {
            for (Future<Long> f : parts) {
                total += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrugFactsException("the extraction benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new DrugFactsException("the extraction benchmark failed on a document: " + e.getCause().getMessage(), e.getCause());
        }
        return total;
    }
}
