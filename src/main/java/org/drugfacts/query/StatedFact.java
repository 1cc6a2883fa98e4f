package org.drugfacts.query;

/**
 * One row of {@code facts.rq}: a fact as {@code drugfacts extract} prints it, with labels and the TSV relation
 * name. {@code start} and {@code end} are null for reviewed statements, which cite a document but no span.
 */
public record StatedFact(String drug, String relation, String object, String source, Integer start, Integer end,
                         double confidence) {
}
