package org.drugfacts.reasoning;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.drugfacts.vocab.DF;

/**
 * One derivation rule: a SPARQL CONSTRUCT kept as {@code ontology/rules/{name}.rq}, parsed once. Its IRI,
 * {@code https://w3id.org/drugfacts/rule/{name}}, is what derived triples cite with {@code df:derivedBy}.
 */
public record DerivationRule(String name, Node iri, Query construct) {
    public static final String IRI_BASE = DF.BASE + "rule/";

    public DerivationRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(construct, "construct");
        if (!construct.isConstructType()) {
            throw new IllegalArgumentException("rule '" + name + "' must be a CONSTRUCT query");
        }
    }

    /** Parses a rule file's text; {@code name} is the file name without {@code .rq}. */
    public static DerivationRule parse(String name, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ReasoningException("rule ontology/rules/" + name + ".rq does not parse: " + e.getMessage()
                    + "; fix the SPARQL and rebuild", e);
        }
        return new DerivationRule(name, NodeFactory.createURI(IRI_BASE + name), query);
    }
}
