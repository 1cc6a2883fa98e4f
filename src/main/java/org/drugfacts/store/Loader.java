package org.drugfacts.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.drugfacts.DrugFactsException;
import org.drugfacts.extract.DocumentReader;
import org.drugfacts.extract.Extractor;
import org.drugfacts.lexicon.FactTable;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.Concept;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;
import org.drugfacts.rdf.Iris;
import org.drugfacts.rdf.LexiconGraph;
import org.drugfacts.rdf.StatementGraph;
import org.drugfacts.reasoning.Reasoner;
import org.drugfacts.shipped.ShippedFile;
import org.drugfacts.shipped.ShippedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads documents and the shipped data into a store: read, extract, write one document per transaction,
 * then recompute the derived graph once. A document that cannot be read or fails the shapes is reported by
 * name and skipped; the others still load.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    /** Bumped when the way shipped data becomes graphs changes, so stores built by older versions reload. */
    private static final String SHIPPED_FORMAT = "drugfacts-shipped-1";

    private final DrugFactsStore store;
    private final Supplier<Lexicon> lexiconSource;
    private final DocumentReader reader;
    private Lexicon lexicon;
    private Extractor extractor;

    public Loader(DrugFactsStore store, Lexicon lexicon, DocumentReader reader) {
        this(store, () -> lexicon, reader);
    }

    /**
     * A loader that reads its lexicon only when it has something to extract, so that serving an up-to-date
     * store starts without it.
     */
    public Loader(DrugFactsStore store, Supplier<Lexicon> lexicon, DocumentReader reader) {
        this.store = store;
        this.lexiconSource = lexicon;
        this.reader = reader;
    }

    private Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = lexiconSource.get();
        }
        return lexicon;
    }

    private Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(lexicon());
        }
        return extractor;
    }

    /** Concepts the lexicon graph describes; the others are described in the graph that mentions them. */
    private Predicate<Concept> known() {
        Lexicon known = lexicon();
        return concept -> concept.mapped() && known.get(concept.type(), concept.slug()).isPresent();
    }

    /** Loads the documents that files and folders name (folders recursively). */
    public LoadSummary loadFiles(List<Path> inputs, LoadProgress progress) {
        long started = System.nanoTime();
        List<Path> files = DocumentReader.documentFiles(inputs);
        Tally tally = new Tally();
        int done = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                load(reader.read(file), false, tally);
            } catch (DrugFactsException e) {
                LOG.debug("skipped: {}", e.getMessage());
                tally.problems.add(new LoadSummary.Problem(name, e.getMessage()));
            }
            progress.documentDone(++done, files.size(), name);
        }
        if (tally.changed()) {
            rederive();
        }
        return tally.summary(store.tripleCount(), started);
    }

    /**
     * Loads what the jar ships: the ontology, the lexicon, the background pharmacology, the reviewed facts and
     * our own documents. Skipped when the store already holds this very data, unless forced.
     *
     * @return the summary, or null when the store was already up to date
     */
    public LoadSummary loadShipped(boolean force, LoadProgress progress) {
        long started = System.nanoTime();
        List<ShippedFile> documents = ShippedFiles.list("data/documents", ".txt");
        List<ShippedFile> reviewed = ShippedFiles.list("data/reviewed", ".tsv");
        ShippedFile ontology = ShippedFiles.read("ontology/drugfacts.ttl");
        ShippedFile background = ShippedFiles.read("data/background.ttl");
        List<ShippedFile> all = new ArrayList<>(List.of(ontology, background));
        all.addAll(reviewed);
        all.addAll(documents);
        all.addAll(ShippedFiles.list("data/lexicon", ".tsv"));
        all.addAll(ShippedFiles.list("data/extraction", ".tsv"));
        all.addAll(ShippedFiles.list("ontology/rules", ".rq"));
        String fingerprint = fingerprint(all);
        if (!force && store.shippedFingerprint(Iris.LEXICON_GRAPH).filter(fingerprint::equals).isPresent()) {
            return null;
        }
        Tally tally = new Tally();
        store.putShippedGraph(Iris.ONTOLOGY_GRAPH, turtle(ontology), fingerprint, false);
        store.putShippedGraph(Iris.BACKGROUND_GRAPH, turtle(background), fingerprint, false);
        List<Fact> reviewedFacts = new ArrayList<>();
        for (ShippedFile table : reviewed) {
            try {
                reviewedFacts.addAll(FactTable.read(new InputStreamReader(
                        new ByteArrayInputStream(table.bytes()), StandardCharsets.UTF_8), table.path(), lexicon()));
            } catch (IOException e) {
                throw new StoreException("cannot read " + table.path() + ": " + e.getMessage(), e);
            }
        }
        store.putShippedGraph(Iris.REVIEWED_GRAPH, StatementGraph.ofReviewed(reviewedFacts, known()), fingerprint, true);
        tally.facts += reviewedFacts.size();
        int done = 0;
        for (ShippedFile document : documents) {
            try {
                load(reader.fromBytes(document.fileName(), document.bytes()), true, tally);
            } catch (DrugFactsException e) {
                LOG.debug("skipped: {}", e.getMessage());
                tally.problems.add(new LoadSummary.Problem(document.path(), e.getMessage()));
            }
            progress.documentDone(++done, documents.size(), document.fileName());
        }
        // The lexicon goes last: its fingerprint marks the whole shipped load as complete.
        store.putShippedGraph(Iris.LEXICON_GRAPH, LexiconGraph.of(lexicon().entries()), fingerprint, false);
        rederive();
        return tally.summary(store.tripleCount(), started);
    }

    /** Takes documents, and every fact read from them, out of the store; recomputes the derived graph. */
    public List<DocumentChange> remove(List<String> fileNames) {
        List<DocumentChange> changes = fileNames.stream().map(store::removeDocument).toList();
        if (changes.contains(DocumentChange.REMOVED)) {
            rederive();
        }
        return changes;
    }

    private void load(SourceDocument document, boolean force, Tally tally) {
        List<Fact> facts = extractor().extract(document);
        if (force) {
            store.removeDocument(document.fileName());
        }
        DocumentChange change = store.putDocument(document, facts, known());
        switch (change) {
            case ADDED -> tally.added++;
            case REPLACED -> tally.replaced++;
            default -> tally.unchanged++;
        }
        if (change != DocumentChange.UNCHANGED) {
            tally.facts += facts.size();
        }
    }

    /** Recomputes the derived graph (mechanism explanations) from everything else. */
    public void rederive() {
        store.write(() -> {
            long triples = Reasoner.rederive(store.dataset());
            LOG.debug("derived graph: {} triples", triples);
        });
    }

    private static Graph turtle(ShippedFile resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(resource.bytes())).lang(Lang.TURTLE).parse(graph);
        } catch (RuntimeException e) {
            throw new StoreException("the shipped file " + resource.path() + " is not valid Turtle: " + e.getMessage(), e);
        }
        return graph;
    }

    private static String fingerprint(List<ShippedFile> resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((SHIPPED_FORMAT + " " + codeVersion()).getBytes(StandardCharsets.UTF_8));
            for (ShippedFile resource : resources) {
                digest.update(resource.path().getBytes(StandardCharsets.UTF_8));
                digest.update(resource.bytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * When the code that turns shipped data into graphs was built: a rebuilt jar may extract differently, so its
     * stores reload the shipped data once.
     */
    private static String codeVersion() {
        try {
            return Long.toString(Path.of(Loader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toFile().lastModified());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Counts what a load did as it goes. */
    private static final class Tally {
        int added;
        int replaced;
        int unchanged;
        long facts;
        final List<LoadSummary.Problem> problems = new ArrayList<>();

        boolean changed() {
            return added + replaced > 0;
        }

        LoadSummary summary(long triples, long startedNanos) {
            return new LoadSummary(added, replaced, unchanged, problems, facts, triples,
                    (System.nanoTime() - startedNanos) / 1e9);
        }
    }
}
