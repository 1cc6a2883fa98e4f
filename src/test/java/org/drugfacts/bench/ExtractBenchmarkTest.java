package org.drugfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drugfacts.extract.Extractor;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** The benchmark's corpus and its bookkeeping; speed itself is measured by 'drugfacts bench extract', not here. */
class ExtractBenchmarkTest {
    private final Lexicon lexicon = Lexicon.shipped();

    @Test
    void theSameSeedGivesTheSameCorpusWithEveryKindOfLine() {
        List<SourceDocument> a = new CorpusGenerator(lexicon, 7).documents(50);
        List<SourceDocument> b = new CorpusGenerator(lexicon, 7).documents(50);
        assertEquals(a, b);
        String all = String.join("\n", a.stream().map(SourceDocument::text).toList());
        assertTrue(all.contains("does not cause"), "negations");
        assertTrue(all.contains("In rare cases"), "hedges");
        assertTrue(all.contains("overnight delivery") || all.contains("www.") || all.contains("kopen"), "spam lines");
        assertTrue(all.contains("\n1. "), "numbered lists");
    }

    @Test
    void aRunCountsEveryDocumentAndFindsFactsInThem() {
        List<SourceDocument> corpus = new CorpusGenerator(lexicon, 3).documents(40);
        ExtractBenchmarkResult r = new ExtractBenchmark(new Extractor(lexicon), 2).run(corpus);
        assertEquals(40, r.documents());
        assertEquals(corpus.stream().mapToLong(d -> d.text().length()).sum(), r.characters());
        assertTrue(r.facts() >= 40 * 5L, "a generated article states facts, found only " + r.facts());
        assertTrue(r.tokens() > r.facts(), "tokens are counted");
    }
}
