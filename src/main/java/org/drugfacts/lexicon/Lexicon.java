package org.drugfacts.lexicon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * The concepts the project knows, looked up by kind and slug or by any of their labels. Built once from the
 * lexicon files and then read-only, so one instance serves every thread.
 */
public final class Lexicon {
    private final Map<String, LexiconEntry> byKey = new LinkedHashMap<>();
    private final Map<String, List<LexiconEntry>> byLabel = new LinkedHashMap<>();
    private volatile LexiconMatcher matcher;

    public Lexicon(Collection<LexiconEntry> entries) {
        for (LexiconEntry entry : entries) {
            String key = key(entry.concept().type(), entry.concept().slug());
            if (byKey.putIfAbsent(key, entry) != null) {
                throw new LexiconException("the lexicon lists " + key + " twice");
            }
            for (String label : entry.labels()) {
                byLabel.computeIfAbsent(normalise(label), k -> new java.util.ArrayList<>()).add(entry);
            }
        }
    }

    /** The lexicon shipped in {@code data/lexicon/}. */
    public static Lexicon shipped() {
        return new Lexicon(LexiconFiles.readShipped());
    }

    public Collection<LexiconEntry> entries() {
        return byKey.values();
    }

    public Optional<LexiconEntry> get(ConceptType type, String slug) {
        return Optional.ofNullable(byKey.get(key(type, slug)));
    }

    /** Every entry with this label (preferred or synonym), ignoring case and surrounding space. */
    public List<LexiconEntry> find(String label) {
        return byLabel.getOrDefault(normalise(label), List.of());
    }

    /** The matcher over every label of this lexicon, built on first use and then shared. */
    public LexiconMatcher matcher() {
        LexiconMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                if (matcher == null) {
                    matcher = new LexiconMatcher(this);
                }
                m = matcher;
            }
        }
        return m;
    }

    /**
     * The concept of one of these types named by a label, compared as the matcher compares text (case,
     * spelling variants, plurals, hyphens); empty when no entry of those types has that label.
     */
    public Optional<Concept> resolve(String label, Set<ConceptType> types) {
        return Optional.ofNullable(matcher().lookup(label, types));
    }

    private static String key(ConceptType type, String slug) {
        return type.pathSegment() + "/" + slug;
    }

    private static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
