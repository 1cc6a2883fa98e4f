package org.drugfacts.store;

import java.util.List;

/**
 * What a load did: documents added, replaced, left unchanged (same content) and skipped (with the reason), the
 * facts read, the store's triples afterwards, and the time it took.
 */
public record LoadSummary(int added, int replaced, int unchanged, List<Problem> problems, long facts,
                          long triples, double seconds) {
    /** A document that could not be loaded, and why; the rest of the load went on. */
    public record Problem(String document, String message) {
    }

    public LoadSummary {
        problems = List.copyOf(problems);
    }

    public int documents() {
        return added + replaced + unchanged;
    }
}
