package org.drugfacts.query;

/**
 * One place a fact is stated ({@code fact-evidence.rq}): the document, the span and its quote (null for a
 * reviewed statement), how it was found and how sure the extractor is, and the graph that holds it.
 */
public record FactEvidence(String statement, String source, Integer start, Integer end, String quote,
                           double confidence, String method, boolean hedged, String graph) {
}
