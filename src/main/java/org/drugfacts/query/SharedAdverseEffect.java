package org.drugfacts.query;

/** An adverse effect two drugs share ({@code shared-adverse-effects.rq}): its IRI and label. */
public record SharedAdverseEffect(String effect, String effectLabel) {
}
