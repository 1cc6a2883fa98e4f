package org.drugfacts.extract;

import java.util.List;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;

/**
 * Reads a document and states the facts it finds, each with its evidence span and confidence. Pure: no
 * store, no I/O; one instance may serve many threads.
 */
public final class Extractor {
    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Fact> extract(SourceDocument document) {
        return List.of(); // placeholder until the extractor lands
    }
}
