package org.drugfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.drugfacts.extract.DocumentReader;
import org.drugfacts.extract.DocumentRejectedException;
import org.drugfacts.extract.Extractor;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;
import org.drugfacts.rdf.Iris;
import org.drugfacts.rdf.StatementGraph;
import org.drugfacts.vocab.DF;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the facts found in documents, without touching a store.",
                "TSV columns: drug relation object source start end confidence (preferred labels; start/end is the "
                        + "object's character span in the source). ttl prints each document's named graph as TriG.",
                "Unreadable documents (empty, binary, too large, not UTF-8) are reported and skipped; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {
    static final String TSV_HEADER = "drug\trelation\tobject\tsource\tstart\tend\tconfidence";

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "tsv", paramLabel = "tsv|ttl", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents (.txt, .md, .html), or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("tsv") && !chosen.equals("ttl")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be tsv or ttl, not " + format);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lexicon lexicon = Lexicon.shipped();
        Extractor extractor = new Extractor(lexicon);
        DocumentReader reader = new DocumentReader();
        DatasetGraph graphs = DatasetGraphFactory.create();
        graphs.prefixes().add("df", DF.NAMESPACE);
        graphs.prefixes().add("id", DF.ID);
        int problems = 0;
        if (chosen.equals("tsv")) {
            out.println(TSV_HEADER);
        }
        for (Path file : DocumentReader.documentFiles(inputs)) {
            SourceDocument document;
            try {
                document = reader.read(file);
            } catch (DocumentRejectedException e) {
                err.println("drugfacts: " + e.getMessage());
                problems++;
                continue;
            }
            List<Fact> facts = extractor.extract(document);
            if (chosen.equals("tsv")) {
                facts.forEach(fact -> out.println(tsvRow(fact)));
            } else {
                var graph = StatementGraph.ofDocument(document, facts,
                        c -> c.mapped() && lexicon.get(c.type(), c.slug()).isPresent());
                graph.find().forEachRemaining(t -> graphs.add(Iris.documentGraph(document.fileName()),
                        t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
        if (chosen.equals("ttl")) {
            out.print(org.apache.jena.riot.RDFWriter.source(graphs).lang(Lang.TRIG).asString());
        }
        out.flush();
        return problems == 0 ? 0 : Main.FAILURE;
    }

    static String tsvRow(Fact fact) {
        return String.join("\t", fact.subject().prefLabel(), fact.relation().tsvName(), fact.object().prefLabel(),
                fact.source(), Integer.toString(fact.span().start()), Integer.toString(fact.span().end()),
                String.format(Locale.ROOT, "%.2f", fact.confidence()));
    }
}
