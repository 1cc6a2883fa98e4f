package org.drugfacts.bench;

/**
 * What one run of the extraction benchmark measured: the corpus, the threads, and the wall-clock seconds to
 * extract facts from it and to merely read and tokenise it (the baseline the extractor is compared with).
 */
public record ExtractBenchmarkResult(int documents, long characters, int threads, double extractSeconds,
                                     double tokeniseSeconds, long facts, long tokens) {
    public ExtractBenchmarkResult {
        if (documents <= 0 || threads <= 0 || extractSeconds <= 0 || tokeniseSeconds <= 0) {
            throw new IllegalArgumentException("a benchmark result needs documents, threads and positive times");
        }
    }

    /** Megabytes of text (UTF-16 chars counted as bytes of ASCII text: 10^6 chars = 1 MB). */
    public double megabytes() {
        return characters / 1e6;
    }

    public double extractMegabytesPerSecondPerCore() {
        return megabytes() / extractSeconds / threads;
    }

    public double tokeniseMegabytesPerSecondPerCore() {
        return megabytes() / tokeniseSeconds / threads;
    }

    public double extractDocumentsPerSecondPerCore() {
        return documents / extractSeconds / threads;
    }

    public double tokeniseDocumentsPerSecondPerCore() {
        return documents / tokeniseSeconds / threads;
    }

    /** How many times the cost of reading and tokenising extraction costs. */
    public double ratio() {
        return extractSeconds / tokeniseSeconds;
    }
}
