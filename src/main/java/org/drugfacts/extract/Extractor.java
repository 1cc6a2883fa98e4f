package org.drugfacts.extract;

import java.util.List;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;

/**
 * Reads a document and states the facts it finds, each with its evidence span and confidence. Pure: no
 * store, no I/O; one instance may serve many threads.
 *
 * <p>How: the text is cut into headings, list items and sentences ({@link TextLayout}, {@link
 * SentenceSplitter}); each is tokenised once and matched against the lexicon and the cue lists of
 * {@code data/extraction/} ({@link CueBook}); list items inherit the relation of their heading or of the
 * sentence that introduces them, cue phrases state relations for the concepts in their clause, negated
 * concepts are dropped and hedged ones marked. The object's concept type must fit the relation.
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final CueBook cues;

    public Extractor(Lexicon lexicon) {
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
        this.cues = CueBook.shipped();
        lexicon.matcher(); // build the trie now, not inside the first document's timing
    }

    /**
     * The facts the document states, in document order, one per place a fact is stated (the store merges
     * repeated statements of one fact into one statement with several evidence spans).
     */
    public List<Fact> extract(SourceDocument document) {
        java.util.Objects.requireNonNull(document, "document");
        return new DocumentReading(document, lexicon, cues).facts();
    }

    /**
     * Reads the document as extraction does (lines, sentences, tokens) without matching anything, and returns
     * the number of tokens: the baseline that {@code drugfacts bench extract} compares extraction with.
     */
    public long tokenise(SourceDocument document) {
        java.util.Objects.requireNonNull(document, "document");
        return UnitFinder.tokenise(document.text(), cues);
    }
}
