package org.drugfacts.extract;

/**
 * What a negation trigger of {@code negations.tsv} does to the concepts after it in its clause. A prohibition
 * ("must not", "should never") forbids rather than denies: what must not be combined or done is still an
 * interaction or a warning, while "should not be used for pain" still states no indication.
 */
enum Negation {
    /** "does not cause", "is not": the concept is not stated. */
    DENIAL,
    /** "must not", "should not": the concept is not stated, unless what is forbidden is the fact itself. */
    PROHIBITION,
    /**
     * "do not": a prohibition where it opens a clause ("Do not take it with antacids"), a denial elsewhere
     * ("inhibitors do not raise its levels"); the unit decides, as only it knows where the trigger stands.
     */
    IMPERATIVE,
    /** "with or without", "not only": looks like a negation, is none; takes the words from the trigger inside. */
    PSEUDO;

    /**
     * Whether the trigger cancels a fact of that kind; {@code forbiddable}: the fact is an interaction or a
     * warning; {@code opensClause}: the trigger is the first thing in its clause (an imperative there forbids).
     */
    boolean cancels(boolean forbiddable, boolean opensClause) {
        Negation acting = this == IMPERATIVE ? (opensClause ? PROHIBITION : DENIAL) : this;
        return acting == DENIAL || (acting == PROHIBITION && !forbiddable);
    }
}
