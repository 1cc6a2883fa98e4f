package org.drugfacts.rdf;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Turns a lexicon cross-reference (scheme and identifier) into the IRI that scheme's community uses, so that
 * {@code skos:exactMatch} links join our concepts to Wikidata, ChEBI, DrugBank, MeSH, RxNorm and ATC.
 */
final class CrossReferences {
    private static final Map<String, UnaryOperator<String>> IRI_OF = Map.of(
            "wikidata", id -> "http://www.wikidata.org/entity/" + id,
            "chebi", id -> "http://purl.obolibrary.org/obo/CHEBI_" + id.replaceFirst("(?i)^CHEBI:", ""),
            "drugbank", id -> "https://go.drugbank.com/drugs/" + id,
            "mesh", id -> "http://id.nlm.nih.gov/mesh/" + id,
            "rxnorm", id -> "http://purl.bioontology.org/ontology/RXNORM/" + id,
            "atc", id -> "http://purl.bioontology.org/ontology/ATC/" + id);

    private CrossReferences() {
    }

    static Node iri(String scheme, String identifier) {
        UnaryOperator<String> template = IRI_OF.get(scheme);
        if (template == null) {
            throw new IllegalArgumentException("no IRI scheme for cross-references of kind '" + scheme + "'");
        }
        return NodeFactory.createURI(template.apply(identifier.strip()));
    }
}
