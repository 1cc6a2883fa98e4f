package org.drugfacts.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A concept a fact talks about: its kind, its slug (the last IRI segment), its preferred label, and whether
 * the lexicon knows it. An unmapped concept is one the extractor found in a typed list or a cue sentence
 * but the lexicon lacks; its IRI lives under {@code id:concept/unmapped/}, except an unmapped drug (the main
 * drug of a document about a drug the lexicon lacks), which lives under {@code id:drug/}.
 */
public record Concept(ConceptType type, String slug, String prefLabel, boolean mapped) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    public Concept {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(prefLabel, "prefLabel");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug '" + slug + "' must be lower-case letters, digits, '-' or '.'");
        }
        if (prefLabel.isBlank()) {
            throw new IllegalArgumentException("concept " + slug + " has a blank preferred label");
        }
    }

    /** Turns any label into a slug: lower case, ASCII letters and digits, runs of anything else as one '-'. */
    public static String slugOf(String label) {
        String ascii = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.(?![0-9])|(?<![0-9])\\.", "-")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
