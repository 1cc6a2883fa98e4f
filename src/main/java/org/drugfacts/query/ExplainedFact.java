package org.drugfacts.query;

/** A contraindication or interaction that an effect explains, and whether a document states the drug's link to it. */
public record ExplainedFact(String relation, String object, String objectLabel, String support) {
}
