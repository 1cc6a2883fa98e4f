package org.drugfacts.query;

/**
 * A fact of a drug ({@code drug-facts.rq}): relation (TSV name), object, the number of documents that state it
 * and the best confidence any of them gives it.
 */
public record DrugFact(String relation, String object, String objectLabel, int sources, double confidence) {
}
