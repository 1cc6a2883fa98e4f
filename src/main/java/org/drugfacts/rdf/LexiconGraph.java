package org.drugfacts.rdf;

import java.util.Collection;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.vocab.DF;

import static org.drugfacts.rdf.Vocabularies.*;

/**
 * Writes the lexicon as SKOS: each concept typed by its ontology class, with its labels, its parents (a drug's
 * classes as {@code df:drugClass}, a brand's drug as {@code df:brandOf}, otherwise {@code skos:broader}) and
 * its cross-references as {@code skos:exactMatch}.
 */
public final class LexiconGraph {
    private LexiconGraph() {
    }

    public static Graph of(Collection<LexiconEntry> entries) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (LexiconEntry entry : entries) {
            Concept concept = entry.concept();
            Node node = Iris.concept(concept);
            addConcept(graph, concept);
            for (String synonym : entry.synonyms()) {
                graph.add(node, SKOS_ALT_LABEL, NodeFactory.createLiteralLang(synonym, "en"));
            }
            for (String parent : entry.parents()) {
                graph.add(node, parentProperty(concept.type()), Iris.concept(parentConcept(concept.type(), parent)));
            }
            entry.crossReferences().forEach((scheme, ids) -> ids.forEach(
                    id -> graph.add(node, SKOS_EXACT_MATCH, CrossReferences.iri(scheme, id))));
        }
        return graph;
    }

    /** Types and labels a concept: what every graph that mentions a concept the lexicon lacks must say of it. */
    static void addConcept(Graph graph, Concept concept) {
        Node node = Iris.concept(concept);
        graph.add(node, RDF.type.asNode(), NodeFactory.createURI(DF.NAMESPACE + concept.type().ontologyClass()));
        graph.add(node, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(concept.prefLabel(), "en"));
        if (!concept.mapped()) {
            graph.add(node, DF.mapped, NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        }
    }

    private static Node parentProperty(ConceptType type) {
        return switch (type) {
            case DRUG -> DF.drugClass;
            case BRAND -> DF.brandOf;
            default -> SKOS_BROADER;
        };
    }

    /** The kind of a parent: a drug's parents are drug classes, a brand's is a drug, anything else's its own kind. */
    public static ConceptType parentType(ConceptType type) {
        return switch (type) {
            case DRUG -> ConceptType.DRUG_CLASS;
            case BRAND -> ConceptType.DRUG;
            default -> type;
        };
    }

    private static Concept parentConcept(ConceptType type, String parentSlug) {
        return new Concept(parentType(type), parentSlug, parentSlug, true);
    }

}
