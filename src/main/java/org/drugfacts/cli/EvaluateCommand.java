package org.drugfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.drugfacts.evaluate.Evaluation;
import org.drugfacts.evaluate.FactKey;
import org.drugfacts.evaluate.GoldFile;
import org.drugfacts.evaluate.Score;
import org.drugfacts.extract.DocumentReader;
import org.drugfacts.extract.Extractor;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconFiles;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extractor against a gold file (drug relation object source).",
                "Prints precision, recall and F1 per relation, per document and overall, then the misses (in the gold, "
                        + "not extracted) and the false facts (extracted, not in the gold). Labels are compared through "
                        + "the lexicon, so synonyms match; only the documents named on the command line count."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.tsv", description = "The gold facts, e.g. data/reviewed/seeds.tsv.")
    Path gold;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "A lexicon folder to use instead of the shipped one.")
    Path lexiconFolder;

    @Option(names = "--quiet", description = "Print the scores only, not the misses and false facts.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents (.txt, .md, .html), or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = lexiconFolder == null ? Lexicon.shipped() : new Lexicon(LexiconFiles.readFolder(lexiconFolder));
        Set<FactKey> goldKeys = GoldFile.read(gold, lexicon);
        Extractor extractor = new Extractor(lexicon);
        DocumentReader reader = new DocumentReader();
        List<Fact> facts = new ArrayList<>();
        Set<String> read = new LinkedHashSet<>();
        for (Path file : DocumentReader.documentFiles(inputs)) {
            SourceDocument document = reader.read(file);
            read.add(document.fileName());
            facts.addAll(extractor.extract(document));
        }
        Evaluation evaluation = new Evaluation(goldKeys, facts, read);
        table(out, "relation", evaluation.byRelation());
        out.println();
        table(out, "document", evaluation.byDocument());
        out.println();
        out.println(line("overall", evaluation.overall()));
        if (!quiet) {
            out.println();
            out.println("# misses (in the gold, not extracted): " + evaluation.misses().size());
            evaluation.misses().forEach(k -> out.println(k.row()));
            out.println();
            out.println("# false facts (extracted, not in the gold): " + evaluation.falseFacts().size());
            evaluation.falseFacts().forEach(k -> out.println(k.row()));
        }
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, String what, Map<String, Score> scores) {
        out.println(String.format(Locale.ROOT, "%-28s %5s %5s %5s %9s %6s %6s", what, "tp", "fp", "fn", "precision", "recall", "f1"));
        scores.forEach((name, score) -> out.println(line(name, score)));
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-28s %5d %5d %5d %9.3f %6.3f %6.3f", name, s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
    }
}
