package org.drugfacts.extract;

import java.util.List;
import java.util.Objects;

import org.drugfacts.model.Relation;

/**
 * A phrase that states relations inside a sentence ("is contraindicated in"): the concepts after it (or,
 * for a {@code before} cue, before it) in the same clause are its objects, and each object's concept type
 * picks the first of the relations that accepts it.
 */
public record Cue(String phrase, List<Relation> relations, boolean objectsBefore) {
    public Cue {
        Objects.requireNonNull(phrase, "phrase");
        relations = List.copyOf(relations);
        if (relations.isEmpty()) {
            throw new IllegalArgumentException("cue '" + phrase + "' names no relation");
        }
    }
}
