package org.drugfacts.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * One question: a {@code queries/{name}.rq} file, parsed once, with what its header comment says (title,
 * question, parameters, columns). The header is the documentation a user reads, so it is checked on load.
 */
public record NamedQuery(String name, String title, String question, List<QueryParameter> parameters,
                         String columns, Query query) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(query, "query");
        parameters = List.copyOf(parameters);
    }

    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** Parses a question file; {@code name} is the file name without {@code .rq}. */
    public static NamedQuery parse(String name, String text) {
        String where = "queries/" + name + ".rq";
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryException(where + " does not parse: " + e.getMessage() + "; fix the SPARQL", e);
        }
        StringBuilder title = new StringBuilder();
        StringBuilder question = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        List<QueryParameter> parameters = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).strip();
            if (comment.startsWith("Title:")) {
                current = title.append(comment.substring("Title:".length()).strip());
            } else if (comment.startsWith("Question:")) {
                current = question.append(comment.substring("Question:".length()).strip());
            } else if (comment.startsWith("Columns:")) {
                current = columns.append(comment.substring("Columns:".length()).strip());
            } else if (comment.startsWith("@param")) {
                parameters.add(QueryParameter.parse(where, comment.substring("@param".length())));
                current = null;
            } else if (line.startsWith("#   ") && current != null) {
                current.append(' ').append(comment);
            } else {
                current = null;
            }
        }
        if (title.isEmpty() || question.isEmpty() || columns.isEmpty()) {
            throw new QueryException(where + " needs a header comment with '# Title:', '# Question:' and '# Columns:'");
        }
        if (!query.isSelectType() || !query.hasOrderBy()) {
            throw new QueryException(where + " must be a SELECT with an ORDER BY, so that answers come in a stable order");
        }
        for (QueryParameter parameter : parameters) {
            if (!text.contains("?" + parameter.name() + " ") && !text.contains("?" + parameter.name() + ")")) {
                throw new QueryException(where + " declares parameter '" + parameter.name()
                        + "' but never uses ?" + parameter.name());
            }
        }
        return new NamedQuery(name, title.toString(), question.toString(), parameters, columns.toString(), query);
    }
}
