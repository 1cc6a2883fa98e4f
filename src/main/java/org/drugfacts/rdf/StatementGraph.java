package org.drugfacts.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;
import org.drugfacts.vocab.DF;

import static org.drugfacts.rdf.Vocabularies.*;

/**
 * Writes facts in their two shapes: the direct triple (drug, property, concept) for simple queries and any
 * linked-data client, and a statement node carrying the evidence with PROV-O and Web Annotation terms. The same
 * claim from the same source is one statement, with one evidence node per place it is stated.
 */
public final class StatementGraph {
    private StatementGraph() {
    }

    /**
     * The named graph of one source document: the document node and every fact read from it.
     *
     * @param known concepts the lexicon graph already describes; others (unmapped ones, minted strengths) are
     *              typed and labelled here so the graph stands on its own
     */
    public static Graph ofDocument(SourceDocument document, List<Fact> facts, Predicate<Concept> known) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node doc = Iris.document(document.fileName());
        addDocument(graph, document.fileName());
        graph.add(doc, DF.sha256, NodeFactory.createLiteralString(document.sha256()));
        graph.add(doc, DF.characterCount, NodeFactory.createLiteralDT(
                Integer.toString(document.text().length()), XSDDatatype.XSDnonNegativeInteger));
        addStatements(graph, facts, Iris.EXTRACTOR_AGENT, known, document.text());
        return graph;
    }

    /** The reviewed graph: curated facts citing their source documents by file name. */
    public static Graph ofReviewed(List<Fact> facts, Predicate<Concept> known) {
        Graph graph = GraphFactory.createDefaultGraph();
        facts.stream().map(Fact::source).distinct().forEach(source -> addDocument(graph, source));
        addStatements(graph, facts, Iris.CURATOR_AGENT, known, null);
        return graph;
    }

    private static void addDocument(Graph graph, String fileName) {
        Node doc = Iris.document(fileName);
        graph.add(doc, RDF.type.asNode(), DF.SourceDocument);
        graph.add(doc, DF.fileName, NodeFactory.createLiteralString(fileName));
    }

    private static void addStatements(Graph graph, List<Fact> facts, Node agent, Predicate<Concept> known, String text) {
        Map<String, List<Fact>> byClaimAndSource = new LinkedHashMap<>();
        for (Fact fact : facts) {
            byClaimAndSource.computeIfAbsent(fact.claimKey() + " " + fact.source(), k -> new ArrayList<>()).add(fact);
        }
        for (List<Fact> occurrences : byClaimAndSource.values()) {
            addStatement(graph, occurrences, agent, known, text);
        }
    }

    private static void addStatement(Graph graph, List<Fact> occurrences, Node agent, Predicate<Concept> known, String text) {
        Fact best = occurrences.stream().max(java.util.Comparator.comparingDouble(Fact::confidence)).orElseThrow();
        Node subject = Iris.concept(best.subject());
        Node predicate = Iris.property(best.relation());
        Node object = Iris.concept(best.object());
        Node document = Iris.document(best.source());
        for (Concept concept : List.of(best.subject(), best.object())) {
            if (!known.test(concept)) {
                LexiconGraph.addConcept(graph, concept);
            }
        }
        graph.add(subject, predicate, object);

        Node statement = Iris.statement(subject, predicate, object, document, agent);
        graph.add(statement, RDF.type.asNode(), DF.Statement);
        graph.add(statement, RDF.subject.asNode(), subject);
        graph.add(statement, RDF.predicate.asNode(), predicate);
        graph.add(statement, RDF.object.asNode(), object);
        graph.add(statement, DF.confidence, decimal(best.confidence()));
        graph.add(statement, DF.method, NodeFactory.createURI(DF.NAMESPACE + best.method().individual()));
        boolean hedged = occurrences.stream().allMatch(Fact::hedged);
        graph.add(statement, DF.hedged, NodeFactory.createLiteralDT(Boolean.toString(hedged), XSDDatatype.XSDboolean));
        graph.add(statement, PROV_WAS_DERIVED_FROM, document);
        graph.add(statement, PROV_WAS_ATTRIBUTED_TO, agent);
        if (best.method() == ExtractionMethod.CURATED) {
            return;
        }
        for (Fact fact : occurrences) {
            addEvidence(graph, statement, document, fact, text);
        }
    }

    private static void addEvidence(Graph graph, Node statement, Node document, Fact fact, String text) {
        int start = fact.span().start();
        int end = fact.span().end();
        Node evidence = Iris.evidence(statement, start, end);
        graph.add(statement, DF.evidence, evidence);
        graph.add(evidence, RDF.type.asNode(), OA_SPECIFIC_RESOURCE);
        graph.add(evidence, OA_HAS_SOURCE, document);
        Node position = Iris.positionSelector(evidence);
        graph.add(evidence, OA_HAS_SELECTOR, position);
        graph.add(position, RDF.type.asNode(), OA_TEXT_POSITION_SELECTOR);
        graph.add(position, OA_START, NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger));
        graph.add(position, OA_END, NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
        if (text != null && end <= text.length()) {
            Node quote = Iris.quoteSelector(evidence);
            graph.add(evidence, OA_HAS_SELECTOR, quote);
            graph.add(quote, RDF.type.asNode(), OA_TEXT_QUOTE_SELECTOR);
            graph.add(quote, OA_EXACT, NodeFactory.createLiteralString(text.substring(start, end)));
        }
    }

    private static Node decimal(double value) {
        String lexical = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (!lexical.contains(".")) {
            lexical = lexical + ".0";
        }
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

}
