package org.drugfacts.query;

/**
 * Two facts of a drug that exclude each other ({@code conflicts.rq}), e.g. a condition it treats and also
 * causes: the object, each side's relation (TSV name), number of documents and their file names, and the two
 * fact summaries' IRIs.
 */
public record Conflict(String object, String objectLabel, String relation, int sources, String sourceFiles,
                       String conflictingRelation, int conflictingSources, String conflictingSourceFiles,
                       String fact, String conflictingFact) {
}
