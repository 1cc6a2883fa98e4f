package org.drugfacts.query;

/**
 * An interaction of a drug ({@code interactions.rq}): what it must not be combined with, how many documents
 * say so, and the shared effect that explains it (null when no rule explains it).
 */
public record Interaction(String other, String otherLabel, int sources, String effect, String effectLabel,
                          String support) {
}
