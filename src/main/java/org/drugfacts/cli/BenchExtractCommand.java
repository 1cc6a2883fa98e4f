package org.drugfacts.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.drugfacts.bench.CorpusGenerator;
import org.drugfacts.bench.ExtractBenchmark;
import org.drugfacts.bench.ExtractBenchmarkResult;
import org.drugfacts.extract.Extractor;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.SourceDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Generates a corpus of drug articles in memory from the lexicon and varied templates, then times "
                + "extraction over it and, as a baseline, reading and tokenising the same text.",
                "Prints MB/s and documents/s per core for both, and the ratio. Targets: >= 5 MB/s per core for extraction, "
                        + "<= 4x the cost of reading and tokenising."})
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--documents", defaultValue = "10000", paramLabel = "N", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (documents < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--documents must be at least 1");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = Lexicon.shipped();
        List<SourceDocument> corpus = new CorpusGenerator(lexicon, seed).documents(documents);
        ExtractBenchmarkResult r = new ExtractBenchmark(new Extractor(lexicon), t).run(corpus);
        out.println(String.format(Locale.ROOT, "corpus: %d documents, %.1f MB, %d threads", r.documents(), r.megabytes(), r.threads()));
        out.println(String.format(Locale.ROOT, "%-20s %10s %14s %10s %10s", "", "MB/s/core", "docs/s/core", "cpu s", "wall s"));
        out.println(String.format(Locale.ROOT, "%-20s %10.2f %14.0f %10.2f %10.2f", "extract", r.extractMegabytesPerSecondPerCore(),
                r.extractDocumentsPerSecondPerCore(), r.extractCpuSeconds(), r.extractSeconds()));
        out.println(String.format(Locale.ROOT, "%-20s %10.2f %14.0f %10.2f %10.2f", "read+tokenise", r.tokeniseMegabytesPerSecondPerCore(),
                r.tokeniseDocumentsPerSecondPerCore(), r.tokeniseCpuSeconds(), r.tokeniseSeconds()));
        out.println(String.format(Locale.ROOT, "extract wall-clock over %d threads: %.2f MB/s (per-core figures are from CPU time)",
                r.threads(), r.extractMegabytesPerSecond()));
        out.println(String.format(Locale.ROOT, "ratio extract/tokenise: %.2fx; facts: %d; tokens: %d", r.ratio(), r.facts(), r.tokens()));
        out.flush();
        return 0;
    }
}
