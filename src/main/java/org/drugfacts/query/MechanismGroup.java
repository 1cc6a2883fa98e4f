package org.drugfacts.query;

import java.util.List;

/**
 * The contraindications and dangerous combinations of a drug that one effect or mechanism explains
 * ({@code contraindications-by-mechanism.rq}, grouped): e.g. CNS depression explains both respiratory failure
 * and the interaction with alcohol.
 */
public record MechanismGroup(String effect, String effectLabel, List<ExplainedFact> facts) {
    public MechanismGroup {
        facts = List.copyOf(facts);
    }
}
