package org.drugfacts.query;

import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * Answers questions from a dataset in this JVM (the TDB2 store, or an in-memory one in tests), each inside a
 * read transaction, or inside the caller's transaction when one is already open.
 */
public final class LocalTransport implements SparqlTransport {
    private final DatasetGraph dataset;

    public LocalTransport(DatasetGraph dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public Answer select(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                return Answer.copyOf(exec.select());
            }
        });
    }

    @Override
    public String describe() {
        return "local dataset";
    }
}
