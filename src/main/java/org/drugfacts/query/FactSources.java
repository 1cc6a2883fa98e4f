package org.drugfacts.query;

/**
 * A fact of a drug with its independent sources ({@code source-count.rq}): relation (TSV name), object, the
 * number of distinct documents that state it and their file names in name order.
 */
public record FactSources(String relation, String object, String objectLabel, int sources, String sourceFiles) {
}
