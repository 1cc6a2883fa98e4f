package org.drugfacts.query;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.drugfacts.model.ConceptType;

/**
 * A parameter of a question, read from its header line {@code # @param name description}. The description
 * says what the value is, and that decides how the library binds it:
 * <ul>
 * <li>{@code IRI of a relation ...}: a relation property; its TSV name ({@code contraindication}) also works;</li>
 * <li>{@code IRI of a drug or drug class ...}: a concept of the named kinds; a label, brand name or synonym in
 * any case also works, resolved through {@code resolve-concept.rq};</li>
 * <li>anything else: plain text, bound as a string literal.</li>
 * </ul>
 */
public record QueryParameter(String name, String description, Kind kind, Set<ConceptType> conceptTypes) {
    /** How a value is turned into an RDF term. */
    public enum Kind { CONCEPT, RELATION, TEXT }

    private static final Map<String, Set<ConceptType>> KIND_WORDS = Map.of(
            "drug", EnumSet.of(ConceptType.DRUG),
            "drug class", EnumSet.of(ConceptType.DRUG_CLASS),
            "condition", EnumSet.of(ConceptType.CONDITION),
            "population", EnumSet.of(ConceptType.POPULATION),
            "substance", EnumSet.of(ConceptType.SUBSTANCE),
            "effect", EnumSet.of(ConceptType.EFFECT),
            "mechanism", EnumSet.of(ConceptType.MECHANISM),
            "concept", EnumSet.allOf(ConceptType.class));

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        conceptTypes = Set.copyOf(conceptTypes);
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be a SPARQL variable name");
        }
        if (kind == Kind.CONCEPT && conceptTypes.isEmpty()) {
            throw new IllegalArgumentException("concept parameter '" + name + "' names no kind of concept");
        }
    }

    /** Reads {@code name description} (the text after {@code @param}); {@code question} names the file for errors. */
    public static QueryParameter parse(String question, String text) {
        String[] parts = text.strip().split("\\s+", 2);
        String name = parts[0];
        String description = parts.length > 1 ? parts[1].strip() : "";
        String lower = description.toLowerCase(Locale.ROOT);
        if (lower.startsWith("iri of a relation")) {
            return new QueryParameter(name, description, Kind.RELATION, Set.of());
        }
        if (lower.startsWith("iri of")) {
            String kinds = lower.replaceFirst("^iri of (an?\\s+)?", "").replaceFirst("[(;:].*$", "");
            Set<ConceptType> types = EnumSet.noneOf(ConceptType.class);
            for (String word : kinds.split(",|\\bor\\b")) {
                Set<ConceptType> named = KIND_WORDS.get(word.strip().replaceFirst("^an?\\s+", ""));
                if (named == null) {
                    throw new QueryException("question " + question + ": parameter '" + name + "' says 'IRI of "
                            + kinds.strip() + "', and '" + word.strip() + "' is no kind of concept; use one of "
                            + KIND_WORDS.keySet());
                }
                types.addAll(named);
            }
            return new QueryParameter(name, description, Kind.CONCEPT, types);
        }
        return new QueryParameter(name, description, Kind.TEXT, Set.of());
    }
}
