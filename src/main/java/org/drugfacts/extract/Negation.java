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
    /** "with or without", "not only": looks like a negation, is none; takes the words from the trigger inside. */
    PSEUDO;

    /** Whether the trigger cancels a fact of that kind; {@code forbiddable}: the fact is an interaction or a warning. */
    boolean cancels(boolean forbiddable) {
        return this == DENIAL || (this == PROHIBITION && !forbiddable);
    }
}
