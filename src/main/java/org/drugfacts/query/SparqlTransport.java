package org.drugfacts.query;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * Where questions are answered: a local dataset or a SPARQL endpoint. Parameters travel as variable
 * substitutions on the parsed query, never as text spliced into it, so a value cannot change the query.
 */
public interface SparqlTransport {
    /** Runs a SELECT with each variable in {@code bindings} replaced by its term, and copies the answer out. */
    Answer select(Query query, Map<String, Node> bindings);

    /** Says where questions go, for logs and messages: "local dataset" or the endpoint URL. */
    String describe();
}
