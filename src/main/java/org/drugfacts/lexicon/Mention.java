package org.drugfacts.lexicon;

import java.util.List;
import java.util.Objects;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * A place in a text that names one or more concepts (one label may name a condition and an effect): tokens
 * [firstToken, lastToken) and characters [start, end) of the original text.
 */
public record Mention(int firstToken, int lastToken, int start, int end, List<Concept> concepts) {
    public Mention {
        Objects.requireNonNull(concepts, "concepts");
        if (concepts.isEmpty()) {
            throw new IllegalArgumentException("a mention names at least one concept");
        }
        concepts = List.copyOf(concepts);
    }

    /** The first concept of this type, or null. */
    public Concept ofType(ConceptType type) {
        for (Concept c : concepts) {
            if (c.type() == type) {
                return c;
            }
        }
        return null;
    }

    public boolean names(ConceptType type) {
        return ofType(type) != null;
    }
}
