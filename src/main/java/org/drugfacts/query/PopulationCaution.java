package org.drugfacts.query;

/**
 * A drug that needs caution in, is contraindicated in, or warns about a population
 * ({@code population-cautions.rq}): the relation (TSV name) and the number of documents that say so.
 */
public record PopulationCaution(String population, String populationLabel, String drug, String drugLabel,
                                String relation, int sources) {
}
