package org.drugfacts.query;

/**
 * A drug contraindicated in a condition ({@code contraindicated-in.rq}): the condition as stated (maybe narrower
 * than the one asked about), the number of documents, and the explaining effects' labels ("" when none).
 */
public record Contraindication(String drug, String drugLabel, String stated, String statedLabel, int sources,
                               String because) {
}
