package org.drugfacts.evaluate;

/** Counts of one comparison: facts found that are in the gold, found that are not, in the gold not found. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public Score {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Share of found facts that are right; 1 when nothing was found (nothing wrong was said). */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** Share of gold facts found; 1 when the gold has none. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
