package org.drugfacts.bench;

/**
 * What one run of the extraction benchmark measured: the corpus, the threads, and the wall-clock and CPU
 * seconds to extract facts from it and to merely read and tokenise it (the baseline the extractor is compared
 * with). Per-core figures come from CPU time, so a busy shared machine slows the wall clock, not them.
 */
public record ExtractBenchmarkResult(int documents, long characters, int threads, double extractSeconds,
                                     double tokeniseSeconds, double extractCpuSeconds, double tokeniseCpuSeconds,
                                     long facts, long tokens) {
    public ExtractBenchmarkResult {
        if (documents <= 0 || threads <= 0 || extractSeconds <= 0 || tokeniseSeconds <= 0 || extractCpuSeconds <= 0
                || tokeniseCpuSeconds <= 0) {
            throw new IllegalArgumentException("a benchmark result needs documents, threads and positive times");
        }
    }

    /** Megabytes of text (UTF-16 chars counted as bytes of ASCII text: 10^6 chars = 1 MB). */
    public double megabytes() {
        return characters / 1e6;
    }

    public double extractMegabytesPerSecondPerCore() {
        return megabytes() / extractCpuSeconds;
    }

    public double tokeniseMegabytesPerSecondPerCore() {
        return megabytes() / tokeniseCpuSeconds;
    }

    public double extractDocumentsPerSecondPerCore() {
        return documents / extractCpuSeconds;
    }

    public double tokeniseDocumentsPerSecondPerCore() {
        return documents / tokeniseCpuSeconds;
    }

    /** Wall-clock throughput over all threads together. */
    public double extractMegabytesPerSecond() {
        return megabytes() / extractSeconds;
    }

    /** How many times the cost (CPU time) of reading and tokenising extraction costs. */
    public double ratio() {
        return extractCpuSeconds / tokeniseCpuSeconds;
    }
}
