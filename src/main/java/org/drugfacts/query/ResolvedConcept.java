package org.drugfacts.query;

/** A concept a name denotes ({@code resolve-concept.rq}), and how the name matched (iri, prefLabel, altLabel, brand). */
public record ResolvedConcept(String iri, String type, String prefLabel, String matched, String via) {
}
