package org.drugfacts.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The rows a question answered, copied out of the store or the HTTP response so they outlive the transaction
 * or connection: the column names in the order the query projects them, and one binding per row.
 */
public record Answer(List<String> columns, List<Binding> rows) {
    public Answer {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads a whole row set, copying every node so that nothing refers back to the store afterwards. */
    public static Answer copyOf(RowSet rowSet) {
        List<String> columns = rowSet.getResultVars().stream().map(Var::getVarName).toList();
        List<Binding> rows = new ArrayList<>();
        rowSet.forEachRemaining(binding -> {
            BindingBuilder copy = BindingBuilder.create();
            binding.vars().forEachRemaining(var -> copy.add(var, binding.get(var)));
            rows.add(copy.build());
        });
        return new Answer(columns, rows);
    }

    public int size() {
        return rows.size();
    }

    /** One value per row, in order: how the typed questions turn rows into records. */
    public <T> List<T> map(IntFunction<T> row) {
        return IntStream.range(0, rows.size()).mapToObj(row).toList();
    }

    /** The answer as a fresh row set, for Jena's result writers (TSV, CSV, SPARQL results JSON). */
    public RowSet rowSet() {
        return RowSetStream.create(columns.stream().map(Var::alloc).toList(), rows.iterator());
    }

    /** A cell, or empty when the row leaves the column unbound. */
    public Optional<Node> node(int row, String column) {
        Objects.checkIndex(row, rows.size());
        return Optional.ofNullable(rows.get(row).get(column));
    }

    /** A cell as text: an IRI's string, a literal's lexical form, or "" when unbound. */
    public String text(int row, String column) {
        return node(row, column).map(n -> n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm()
                : n.toString()).orElse("");
    }

    /** A numeric cell, or null when unbound. */
    public Integer integer(int row, String column) {
        return node(row, column).map(n -> Integer.valueOf(n.getLiteralLexicalForm())).orElse(null);
    }

    public double decimal(int row, String column) {
        return node(row, column).map(n -> Double.parseDouble(n.getLiteralLexicalForm())).orElse(Double.NaN);
    }
}
