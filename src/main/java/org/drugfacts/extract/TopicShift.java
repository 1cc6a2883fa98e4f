package org.drugfacts.extract;

import java.util.Objects;

import org.drugfacts.model.Relation;

/** A topic phrase ("abrupt withdrawal") that turns a cue's relation into a more specific one. */
public record TopicShift(String phrase, Relation from, Relation to) {
    public TopicShift {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
