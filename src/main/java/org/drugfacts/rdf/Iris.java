package org.drugfacts.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.Relation;
import org.drugfacts.vocab.DF;

/**
 * Mints the project's IRIs. They are stable and readable: a concept's IRI comes from its kind and slug, a
 * document's from its file name, a statement's from a hash of what it claims and where, so reloading the same
 * document yields the same IRIs.
 */
public final class Iris {
    public static final Node ONTOLOGY_GRAPH = graph("ontology");
    public static final Node LEXICON_GRAPH = graph("lexicon");
    public static final Node BACKGROUND_GRAPH = graph("background");
    public static final Node REVIEWED_GRAPH = graph("reviewed");
    public static final Node DERIVED_GRAPH = graph("derived");
    public static final String DOCUMENT_GRAPH_PREFIX = DF.GRAPH + "doc/";
    public static final String DOCUMENT_PREFIX = DF.ID + "document/";

    public static final Node EXTRACTOR_AGENT = NodeFactory.createURI(DF.ID + "agent/extractor");
    public static final Node CURATOR_AGENT = NodeFactory.createURI(DF.ID + "agent/curator");

    private Iris() {
    }

    private static Node graph(String name) {
        return NodeFactory.createURI(DF.GRAPH + name);
    }

    /**
     * A concept of the lexicon under its kind; an unmapped one under concept/unmapped/, since a list item's kind is
     * a guess, except an unmapped drug: it is a document's main drug, so its kind is known, and a statement's
     * subject must be a drug's IRI.
     */
    public static Node concept(Concept concept) {
        String path = concept.mapped() || concept.type() == ConceptType.DRUG
                ? concept.type().pathSegment() + "/" + concept.slug()
                : "concept/unmapped/" + concept.slug();
        return NodeFactory.createURI(DF.ID + path);
    }

    public static Node property(Relation relation) {
        return NodeFactory.createURI(DF.NAMESPACE + relation.property());
    }

    public static Node document(String fileName) {
        return NodeFactory.createURI(DOCUMENT_PREFIX + encode(fileName));
    }

    public static Node documentGraph(String fileName) {
        return NodeFactory.createURI(DOCUMENT_GRAPH_PREFIX + encode(fileName));
    }

    /** The file name a document graph IRI stands for, or null when the IRI names no document graph. */
    public static String fileNameOfDocumentGraph(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(DOCUMENT_GRAPH_PREFIX)) {
            return null;
        }
        return java.net.URLDecoder.decode(graph.getURI().substring(DOCUMENT_GRAPH_PREFIX.length()), StandardCharsets.UTF_8);
    }

    /**
     * A statement's IRI: a hash of subject, predicate, object, document and the agent that made it, so the same
     * claim from the same source keeps its IRI on reload, and a curator's statement never merges with the
     * extractor's statement of the same claim.
     */
    public static Node statement(Node subject, Node predicate, Node object, Node document, Node agent) {
        String key = subject.getURI() + " " + predicate.getURI() + " " + object.getURI() + " " + document.getURI()
                + " " + agent.getURI();
        return NodeFactory.createURI(DF.ID + "statement/" + hash(key));
    }

    public static Node evidence(Node statement, int start, int end) {
        return NodeFactory.createURI(statement.getURI() + "/evidence/" + start + "-" + end);
    }

    public static Node positionSelector(Node evidence) {
        return NodeFactory.createURI(evidence.getURI() + "/position");
    }

    public static Node quoteSelector(Node evidence) {
        return NodeFactory.createURI(evidence.getURI() + "/quote");
    }

    /** File names may hold spaces or other characters an IRI cannot: percent-encode them (spaces as %20). */
    static String encode(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String hash(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
