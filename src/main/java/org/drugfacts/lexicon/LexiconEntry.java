package org.drugfacts.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.drugfacts.model.Concept;

/**
 * One row of the lexicon: a concept with its synonyms, its parents (a drug's classes, a brand's drug, a
 * condition's broader condition) and its cross-references, keyed by scheme ({@code wikidata}, {@code chebi},
 * {@code drugbank}, {@code mesh}, {@code rxnorm}, {@code atc}); a scheme may list several identifiers.
 */
public record LexiconEntry(Concept concept, List<String> synonyms, List<String> parents,
                           Map<String, List<String>> crossReferences) {
    public LexiconEntry {
        Objects.requireNonNull(concept, "concept");
        synonyms = List.copyOf(synonyms);
        parents = List.copyOf(parents);
        crossReferences = Map.copyOf(crossReferences);
    }

    /** The preferred label followed by every synonym. */
    public List<String> labels() {
        var all = new java.util.ArrayList<String>(synonyms.size() + 1);
        all.add(concept.prefLabel());
        all.addAll(synonyms);
        return all;
    }
}
