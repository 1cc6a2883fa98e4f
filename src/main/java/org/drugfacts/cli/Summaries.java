package org.drugfacts.cli;

import java.io.PrintWriter;

import org.drugfacts.store.LoadProgress;
import org.drugfacts.store.LoadSummary;

/** How the load-type commands report: progress on stderr for long loads, one summary at the end. */
final class Summaries {
    /** Loads of more documents than this show progress. */
    private static final int PROGRESS_FROM = 20;

    private Summaries() {
    }

    static LoadProgress progressTo(PrintWriter err) {
        long[] lastPrinted = {System.nanoTime()};
        return (done, total, fileName) -> {
            if (total >= PROGRESS_FROM && (done == total || System.nanoTime() - lastPrinted[0] > 1_000_000_000L)) {
                err.printf("  %d/%d documents (%s)%n", done, total, fileName);
                err.flush();
                lastPrinted[0] = System.nanoTime();
            }
        };
    }

    static void print(String what, LoadSummary summary, PrintWriter out, PrintWriter err) {
        out.printf("%s: %d documents (%d added, %d replaced, %d unchanged), %d facts, %d triples in the store, %.1f s, %d problems%n",
                what, summary.documents(), summary.added(), summary.replaced(), summary.unchanged(), summary.facts(),
                summary.triples(), summary.seconds(), summary.problems().size());
        for (LoadSummary.Problem problem : summary.problems()) {
            err.println("  problem: " + problem.message());
        }
        out.flush();
        err.flush();
    }
}
