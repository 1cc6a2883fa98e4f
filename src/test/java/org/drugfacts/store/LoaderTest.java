package org.drugfacts.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.drugfacts.Seeds;
import org.drugfacts.extract.DocumentReader;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.ConceptType;
import org.drugfacts.rdf.Iris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading into a real TDB2 store in a temporary folder, with the real seed documents. */
class LoaderTest {
    private static Lexicon lexicon;

    @TempDir
    Path temp;

    private DrugFactsStore store;
    private Loader loader;

    @BeforeAll
    static void readLexicon() {
        lexicon = Lexicon.shipped();
    }

    @BeforeEach
    void openStore() {
        store = DrugFactsStore.open(temp.resolve("store"));
        loader = new Loader(store, lexicon, new DocumentReader());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private long count(String where) {
        String query = "PREFIX df: <https://w3id.org/drugfacts/ontology#> SELECT (COUNT(*) AS ?n) { " + where + " }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(query).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    @Test
    void loadingTheSeedsWritesOneGraphPerDocumentWithEvidence() {
        LoadSummary summary = loader.loadFiles(List.of(Seeds.folder()), LoadProgress.NONE);
        assertEquals(List.of(), summary.problems(), "the seeds load without problems");
        assertEquals(5, summary.added(), "five documents; the folder's README is not a document");
        assertEquals(5, store.documents().size());
        assertTrue(summary.facts() > 100, "the seeds state well over a hundred facts, found " + summary.facts());
        assertTrue(count("?s a df:Statement ; df:evidence ?e") > 100, "statements carry evidence");
    }

    @Test
    void reloadingADocumentChangesNothing() {
        loader.loadFiles(List.of(Seeds.folder()), LoadProgress.NONE);
        long triples = store.tripleCount();
        long statements = count("?s a df:Statement");
        LoadSummary again = loader.loadFiles(List.of(Seeds.folder()), LoadProgress.NONE);
        assertEquals(5, again.unchanged());
        assertEquals(triples, store.tripleCount());
        assertEquals(statements, count("?s a df:Statement"));
    }

    @Test
    void loadingAChangedVersionReplacesItsFacts() throws Exception {
        Path doc = temp.resolve("drug.txt");
        Files.writeString(doc, "Clonazepam may cause drowsiness.\n");
        loader.loadFiles(List.of(doc), LoadProgress.NONE);
        long before = count("?s a df:Statement ; df:evidence ?e");
        Files.writeString(doc, "Clonazepam may cause dizziness.\n");
        LoadSummary summary = loader.loadFiles(List.of(doc), LoadProgress.NONE);
        assertEquals(1, summary.replaced());
        assertEquals(1, store.documents().size());
        assertEquals(0, count("?s ?p <https://w3id.org/drugfacts/id/condition/drowsiness>"),
                "the old version's facts are gone (had " + before + " statements)");
    }

    @Test
    void aDocumentAboutADrugTheLexiconLacksLoadsItAsAnUnmappedDrugThatPassesTheShapes() throws Exception {
        Path doc = temp.resolve("azilsartan.txt");
        Files.writeString(doc, "Azilsartan tablets\n\nAzilsartan may cause headache and dizziness.\n"
                + "Do not take azilsartan if you have hyperkalemia.\n");
        LoadSummary summary = loader.loadFiles(List.of(doc), LoadProgress.NONE);
        assertEquals(1, summary.added(), summary.toString());
        assertTrue(lexicon.get(ConceptType.DRUG, "azilsartan").isEmpty(), "the lexicon lacks it");
        String drug = "<https://w3id.org/drugfacts/id/drug/azilsartan>";
        assertEquals(1, count(drug + " a df:Drug ; df:mapped false"));
        assertEquals(3, count("?s a df:Statement ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> " + drug));
    }

    @Test
    void removingADocumentRemovesItsFacts() {
        loader.loadFiles(List.of(Seeds.folder()), LoadProgress.NONE);
        String name = "004_6d3e7e4770931d6f.txt";
        assertEquals(List.of(DocumentChange.REMOVED), loader.remove(List.of(name)));
        assertEquals(4, store.documents().size());
        assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(Iris.documentGraph(name))));
        assertEquals(0, count("?s <http://www.w3.org/ns/prov#wasDerivedFrom> <" + Iris.document(name).getURI() + ">"));
        assertEquals(List.of(DocumentChange.ABSENT), loader.remove(List.of(name)));
    }

    @Test
    void badDocumentsAreReportedByNameAndTheRestStillLoads() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Files.copy(Seeds.file("002_53f5cc407482db6b.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(folder.resolve("latin1.txt"), "Clonazepam caf\u00e9 na\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        LoadSummary summary = loader.loadFiles(List.of(folder), LoadProgress.NONE);
        assertEquals(1, summary.added());
        assertEquals(3, summary.problems().size());
        String messages = summary.problems().toString();
        assertTrue(messages.contains("'empty.txt' is empty"), messages);
        assertTrue(messages.contains("'binary.txt' is binary"), messages);
        assertTrue(messages.contains("'latin1.txt' is not UTF-8 (byte 0xE9 at offset 14)"), messages);
    }

    @Test
    void aDocumentOverTheSizeLimitIsSkipped() throws Exception {
        Path big = temp.resolve("big.txt");
        Files.writeString(big, "Clonazepam may cause drowsiness.\n".repeat(100));
        Loader strict = new Loader(store, lexicon, new DocumentReader(1000));
        LoadSummary summary = strict.loadFiles(List.of(big), LoadProgress.NONE);
        assertEquals(0, summary.added());
        assertTrue(summary.problems().get(0).message().contains("over the limit of 1000"), summary.problems().toString());
        assertTrue(store.documents().isEmpty());
    }

    @Test
    void aGraphThatFailsTheShapesLeavesTheStoreAsItWas() {
        loader.loadFiles(List.of(Seeds.file("002_53f5cc407482db6b.txt")), LoadProgress.NONE);
        long triples = store.tripleCount();
        var bad = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        bad.add(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/drugfacts/id/statement/x"),
                org.apache.jena.vocabulary.RDF.type.asNode(), org.drugfacts.vocab.DF.Statement);
        assertThrows(ShapeViolationException.class,
                () -> store.putShippedGraph(Iris.REVIEWED_GRAPH, bad, "x", true));
        assertEquals(triples, store.tripleCount());
    }

    @Test
    void theShippedDataLoadsOnceAndPassesTheShapes() {
        LoadSummary first = loader.loadShipped(false, LoadProgress.NONE);
        assertNotNull(first);
        assertEquals(List.of(), first.problems());
        assertTrue(first.added() >= 10, "our own documents load: " + first.added());
        assertNull(loader.loadShipped(false, LoadProgress.NONE), "an up-to-date store is not reloaded");
        assertTrue(count("GRAPH <https://w3id.org/drugfacts/graph/derived> { ?x a df:Explanation }") > 0,
                "mechanism explanations are derived");
    }

}
