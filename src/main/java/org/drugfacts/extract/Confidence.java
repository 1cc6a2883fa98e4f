package org.drugfacts.extract;

import org.drugfacts.model.ExtractionMethod;

/**
 * How much the extractor trusts a fact, from how it was found. Calibrated by hand on the seed documents
 * and the project's own documents (see {@code drugfacts evaluate}): a list item under a heading that names
 * the relation is the clearest statement a web page makes; a cue phrase or a list introduced by a cue
 * sentence is nearly as clear; a sentence inside a typed section without a cue of its own is a guess that
 * is right a little more often than not. Hedging, a class-level subject and a concept the lexicon lacks
 * each lower the confidence by a factor.
 */
final class Confidence {
    static final double TYPED_LIST = 0.9;
    static final double CUE_LIST = 0.85;
    static final double CUE_PHRASE = 0.85;
    /** A concept that names its own relation: a brand of the drug, "0.5 mg", "by mouth", "twice daily". */
    static final double SELF_TYPED = 0.8;
    static final double SECTION_PROSE = 0.6;
    static final double CLASS_LEVEL_FACTOR = 0.9;
    static final double UNMAPPED_FACTOR = 0.8;

    private Confidence() {
    }

    static double base(ExtractionMethod method) {
        return switch (method) {
            case TYPED_LIST -> TYPED_LIST;
            case CUE_LIST -> CUE_LIST;
            case CUE_PHRASE -> CUE_PHRASE;
            case SECTION_PROSE -> SECTION_PROSE;
            case CURATED -> 1.0;
        };
    }

    /** Rounded to two decimals, so equal evidence gives equal numbers in every output. */
    static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
