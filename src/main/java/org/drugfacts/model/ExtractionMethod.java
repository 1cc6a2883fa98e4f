package org.drugfacts.model;

/**
 * How a fact was found, which is what its confidence reflects. The local name is the ontology individual
 * in the {@code df:} namespace.
 */
public enum ExtractionMethod {
    /** An item of a list under a heading that names the relation ("Side effects", "Do not use if"). */
    TYPED_LIST("TypedListItem"),
    /** An item of a list introduced by a cue sentence ("symptoms may include:"). */
    CUE_LIST("CueListItem"),
    /** A sentence with an explicit cue phrase ("is contraindicated in", "used to treat"). */
    CUE_PHRASE("CuePhrase"),
    /** A sentence inside a typed section, without a cue of its own. */
    SECTION_PROSE("SectionProse"),
    /** Written by a curator in {@code data/reviewed/}. */
    CURATED("CuratorReview");

    private final String individual;

    ExtractionMethod(String individual) {
        this.individual = individual;
    }

    public String individual() {
        return individual;
    }
}
