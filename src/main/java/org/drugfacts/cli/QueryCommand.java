package org.drugfacts.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.drugfacts.DrugFactsException;
import org.drugfacts.query.Answer;
import org.drugfacts.query.DrugFactsQueries;
import org.drugfacts.query.NamedQuery;
import org.drugfacts.query.QueryCatalog;
import org.drugfacts.query.QueryParameter;
import org.drugfacts.store.DrugFactsStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Asks one of the shipped questions (queries/*.rq) of a store or of any SPARQL endpoint.",
                "Without NAME, lists the questions and their parameters. A parameter that names a drug or concept "
                        + "takes its preferred label, a brand name, a synonym (any case) or its IRI; a parameter left "
                        + "out asks for every value.",
                "Example: drugfacts query contraindications-by-mechanism --param drug=Klonopin"})
final class QueryCommand implements Callable<Integer> {
    enum Format { tsv, csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The question, e.g. interactions, facts, resolve-concept.")
    String name;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR",
                description = "TDB2 store folder to read (default: " + StoreOption.DEFAULT + " in the working folder).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "A SPARQL endpoint to ask instead, e.g. http://localhost:3030/drugfacts/sparql.")
        String endpoint;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the question (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "tsv", paramLabel = "FORMAT",
            description = "tsv (default), csv, or json (SPARQL 1.1 results JSON).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            list(out, QueryCatalog.shipped());
            out.flush();
            return 0;
        }
        NamedQuery question = QueryCatalog.shipped().get(name);
        Answer answer;
        if (source.endpoint != null) {
            answer = DrugFactsQueries.endpoint(source.endpoint).run(question.name(), parameters);
        } else {
            Path folder = source.store != null ? source.store : Path.of(StoreOption.DEFAULT);
            if (!Files.isDirectory(folder)) {
                throw new DrugFactsException("no store at " + folder.toAbsolutePath()
                        + "; load one first with `drugfacts load`, or give --store DIR or --endpoint URL");
            }
            try (DrugFactsStore store = DrugFactsStore.open(folder)) {
                answer = DrugFactsQueries.local(store.dataset()).run(question.name(), parameters);
            }
        }
        out.print(render(answer, format));
        out.flush();
        return 0;
    }

    static String render(Answer answer, Format format) {
        Lang lang = switch (format) {
            case tsv -> ResultSetLang.RS_TSV;
            case csv -> ResultSetLang.RS_CSV;
            case json -> ResultSetLang.RS_JSON;
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultSetMgr.write(bytes, ResultSet.adapt(answer.rowSet()), lang);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void list(PrintWriter out, QueryCatalog catalog) {
        for (NamedQuery question : catalog.all()) {
            out.println(question.name() + "  " + question.title());
            out.println("    " + question.question());
            for (QueryParameter parameter : question.parameters()) {
                out.println("    --param " + parameter.name() + "=...  " + parameter.description());
            }
            out.println("    columns: " + question.columns());
        }
    }
}
