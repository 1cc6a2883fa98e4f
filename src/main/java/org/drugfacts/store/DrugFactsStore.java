package org.drugfacts.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.drugfacts.model.Concept;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;
import org.drugfacts.rdf.Iris;
import org.drugfacts.rdf.StatementGraph;
import org.drugfacts.vocab.DF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store: one named graph per source document plus the shipped graphs, the union of all of them as
 * the default graph for queries. Every change is one write transaction that validates what it writes against
 * the shapes first, so a failed change leaves the store as it was. One JVM owns a store folder.
 */
public final class DrugFactsStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DrugFactsStore.class);

    private final DatasetGraph dataset;
    private final String location;
    private ShapeCheck shapes;

    private DrugFactsStore(DatasetGraph dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        // Queries see the union of the named graphs as their default graph: users never have to name graphs.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** The shapes, parsed when first needed: serving a store that needs no loading does not pay for them. */
    private synchronized ShapeCheck shapes() {
        if (shapes == null) {
            shapes = ShapeCheck.shipped();
        }
        return shapes;
    }

    /** Opens (creating if needed) a TDB2 store in a folder. */
    public static DrugFactsStore open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
        }
        try {
            return new DrugFactsStore(DatabaseMgr.connectDatasetGraph(folder.toString()), folder.toString());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the TDB2 store in " + folder
                    + " (is another drugfacts process using it?): " + e.getMessage(), e);
        }
    }

    /** A TDB2 store in memory, for tests and benchmarks. */
    public static DrugFactsStore inMemory() {
        return new DrugFactsStore(DatabaseMgr.createDatasetGraph(), "memory");
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public String location() {
        return location;
    }

    /**
     * Puts a document's facts in its own named graph, replacing an earlier version of the same file; a document
     * whose content is unchanged is left alone.
     *
     * @param known concepts the lexicon graph describes (others are described in the document's graph)
     */
    public DocumentChange putDocument(SourceDocument document, List<Fact> facts, Predicate<Concept> known) {
        Node graphName = Iris.documentGraph(document.fileName());
        Optional<String> storedSha = Txn.calculateRead(dataset, () -> shaOf(graphName, document.fileName()));
        if (storedSha.filter(document.sha256()::equals).isPresent()) {
            return DocumentChange.UNCHANGED;
        }
        Graph graph = StatementGraph.ofDocument(document, facts, known);
        shapes().check(graph, "the graph of document '" + document.fileName() + "'");
        Txn.executeWrite(dataset, () -> replace(graphName, graph));
        LOG.debug("{} {}: {} facts, {} triples", storedSha.isPresent() ? "replaced" : "added",
                document.fileName(), facts.size(), graph.size());
        return storedSha.isPresent() ? DocumentChange.REPLACED : DocumentChange.ADDED;
    }

    /** Takes a document and every fact read from it out of the store. */
    public DocumentChange removeDocument(String fileName) {
        Node graphName = Iris.documentGraph(fileName);
        return Txn.calculateWrite(dataset, () -> {
            if (!dataset.containsGraph(graphName)) {
                return DocumentChange.ABSENT;
            }
            dataset.removeGraph(graphName);
            return DocumentChange.REMOVED;
        });
    }

    /**
     * Replaces a shipped graph (ontology, lexicon, background, reviewed) with new content, recording the
     * fingerprint of the files it came from so an unchanged graph need not be rewritten.
     */
    public void putShippedGraph(Node graphName, Graph graph, String fingerprint, boolean validate) {
        if (validate) {
            shapes().check(graph, "the graph " + graphName.getURI());
        }
        graph.add(graphName, DF.sha256, NodeFactory.createLiteralString(fingerprint));
        Txn.executeWrite(dataset, () -> replace(graphName, graph));
    }

    /** The fingerprint recorded with a shipped graph, if it is in the store. */
    public Optional<String> shippedFingerprint(Node graphName) {
        return Txn.calculateRead(dataset, () -> dataset.getGraph(graphName)
                .find(graphName, DF.sha256, Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()));
    }

    /** Runs a change inside one write transaction (derived graphs are recomputed this way). */
    public void write(Runnable change) {
        Txn.executeWrite(dataset, change);
    }

    public List<StoredDocument> documents() {
        return Txn.calculateRead(dataset, () -> {
            List<StoredDocument> documents = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                String fileName = Iris.fileNameOfDocumentGraph(g);
                if (fileName != null) {
                    Graph graph = dataset.getGraph(g);
                    long statements = graph.find(Node.ANY, RDF.type.asNode(), DF.Statement).toList().size();
                    documents.add(new StoredDocument(fileName, shaOf(g, fileName).orElse(""), statements));
                }
            });
            documents.sort(java.util.Comparator.comparing(StoredDocument::fileName));
            return documents;
        });
    }

    /** Triples in all named graphs. */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] count = {0};
            dataset.listGraphNodes().forEachRemaining(g -> count[0] += dataset.getGraph(g).size());
            return count[0];
        });
    }

    private Optional<String> shaOf(Node graphName, String fileName) {
        if (!dataset.containsGraph(graphName)) {
            return Optional.empty();
        }
        return dataset.getGraph(graphName).find(Iris.document(fileName), DF.sha256, Node.ANY).nextOptional()
                .map(Triple::getObject).map(Node::getLiteralLexicalForm);
    }

    private void replace(Node graphName, Graph graph) {
        dataset.removeGraph(graphName);
        graph.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void close() {
        dataset.close();
        if (!"memory".equals(location)) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
        }
    }
}
