package org.drugfacts.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drugfacts.model.Fact;

/**
 * Extracted facts compared with a gold file, as sets of {@link FactKey}s (a fact stated three times in a
 * document counts once): overall, per relation and per document, with the misses and the false facts.
 * Only documents that were read count, so evaluating one document against a whole gold file is fair.
 */
public final class Evaluation {
    private final Score overall;
    private final Map<String, Score> byRelation = new TreeMap<>();
    private final Map<String, Score> byDocument = new TreeMap<>();
    private final List<FactKey> misses = new ArrayList<>();
    private final List<FactKey> falseFacts = new ArrayList<>();

    public Evaluation(Collection<FactKey> gold, Collection<Fact> extracted, Set<String> documentsRead) {
        Set<FactKey> found = new LinkedHashSet<>();
        for (Fact f : extracted) {
            found.add(FactKey.of(f));
        }
        Set<FactKey> expected = new LinkedHashSet<>();
        for (FactKey k : gold) {
            if (documentsRead.contains(k.source())) {
                expected.add(k);
            }
        }
        for (String doc : documentsRead) {
            byDocument.put(doc, Score.ZERO);
        }
        for (FactKey k : found) {
            boolean right = expected.contains(k);
            count(k, right ? new Score(1, 0, 0) : new Score(0, 1, 0));
            if (!right) {
                falseFacts.add(k);
            }
        }
        for (FactKey k : expected) {
            if (!found.contains(k)) {
                count(k, new Score(0, 0, 1));
                misses.add(k);
            }
        }
        Comparator<FactKey> order = Comparator.comparing(FactKey::source).thenComparing(FactKey::relation)
                .thenComparing(FactKey::subject).thenComparing(FactKey::object);
        misses.sort(order);
        falseFacts.sort(order);
        Score total = Score.ZERO;
        for (Score s : byRelation.values()) {
            total = total.plus(s);
        }
        overall = total;
    }

    private void count(FactKey k, Score s) {
        byRelation.merge(k.relation(), s, Score::plus);
        byDocument.merge(k.source(), s, Score::plus);
    }

    public Score overall() {
        return overall;
    }

    public Map<String, Score> byRelation() {
        return byRelation;
    }

    public Map<String, Score> byDocument() {
        return byDocument;
    }

    /** In the gold, not extracted. */
    public List<FactKey> misses() {
        return misses;
    }

    /** Extracted, not in the gold. */
    public List<FactKey> falseFacts() {
        return falseFacts;
    }
}
