package org.drugfacts.query;

/**
 * A drug that needs caution in, is contraindicated in, or warns about a population
 * ({@code population-cautions.rq}): the relation (TSV name), the population as stated (the one asked about or a
 * narrower one, as infants for children) and the number of documents that say so.
 */
public record PopulationCaution(String population, String populationLabel, String drug, String drugLabel,
                                String relation, String stated, String statedLabel, int sources) {
}
