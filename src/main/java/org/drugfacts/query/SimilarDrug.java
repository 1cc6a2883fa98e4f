package org.drugfacts.query;

/** A drug sharing classes, mechanisms or effects with another ({@code similar-drugs.rq}). */
public record SimilarDrug(String drug, String label, int shared, String sharedLabels) {
}
