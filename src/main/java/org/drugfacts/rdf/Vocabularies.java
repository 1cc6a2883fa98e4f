package org.drugfacts.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the standard vocabularies the project writes (PROV-O, Web Annotation, SKOS), in the spirit of
 * RDF4J's vocabulary classes; Jena ships SKOS but neither PROV-O nor Web Annotation as Node constants.
 */
final class Vocabularies {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    static final Node PROV_WAS_ATTRIBUTED_TO = NodeFactory.createURI(PROV + "wasAttributedTo");
    static final Node OA_SPECIFIC_RESOURCE = NodeFactory.createURI(OA + "SpecificResource");
    static final Node OA_HAS_SOURCE = NodeFactory.createURI(OA + "hasSource");
    static final Node OA_HAS_SELECTOR = NodeFactory.createURI(OA + "hasSelector");
    static final Node OA_TEXT_POSITION_SELECTOR = NodeFactory.createURI(OA + "TextPositionSelector");
    static final Node OA_TEXT_QUOTE_SELECTOR = NodeFactory.createURI(OA + "TextQuoteSelector");
    static final Node OA_START = NodeFactory.createURI(OA + "start");
    static final Node OA_END = NodeFactory.createURI(OA + "end");
    static final Node OA_EXACT = NodeFactory.createURI(OA + "exact");
    static final Node SKOS_PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");
    static final Node SKOS_ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
    static final Node SKOS_BROADER = NodeFactory.createURI(SKOS + "broader");
    static final Node SKOS_EXACT_MATCH = NodeFactory.createURI(SKOS + "exactMatch");

    private Vocabularies() {
    }
}
