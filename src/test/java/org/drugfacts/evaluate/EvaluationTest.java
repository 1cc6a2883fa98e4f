package org.drugfacts.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.EvidenceSpan;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    private static final Concept DIAZEPAM = new Concept(ConceptType.DRUG, "diazepam", "diazepam", true);
    private static final Concept VALIUM = new Concept(ConceptType.BRAND, "valium", "Valium", true);
    private static final Concept DROWSINESS = new Concept(ConceptType.CONDITION, "drowsiness", "drowsiness", true);
    private static final Concept ATAXIA = new Concept(ConceptType.CONDITION, "ataxia", "ataxia", true);
    private static final Concept COMA = new Concept(ConceptType.CONDITION, "coma", "coma", true);

    private final Lexicon lexicon = new Lexicon(List.of(
            new LexiconEntry(DIAZEPAM, List.of(), List.of(), java.util.Map.of()),
            new LexiconEntry(VALIUM, List.of(), List.of("diazepam"), java.util.Map.of()),
            new LexiconEntry(DROWSINESS, List.of("sleepiness"), List.of(), java.util.Map.of()),
            new LexiconEntry(ATAXIA, List.of("poor coordination"), List.of(), java.util.Map.of()),
            new LexiconEntry(COMA, List.of(), List.of(), java.util.Map.of())));

    @Test
    void goldLabelsMatchThroughSynonymsBrandsAndSpelling(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "drug\trelation\tobject\tsource\n"
                + "Valium\tadverse_effect\tSleepiness\ta.txt\n"
                + "diazepam\tadverse_effect\tpoor coordination\ta.txt\n"
                + "diazepam\tadverse_effect\tcoma\ta.txt\n"
                + "diazepam\tadverse_effect\tcoma\tunread.txt\n");
        Set<FactKey> keys = GoldFile.read(gold, lexicon);
        List<Fact> extracted = List.of(fact(DROWSINESS), fact(DROWSINESS), fact(ATAXIA),
                fact(new Concept(ConceptType.CONDITION, "hiccups", "hiccups", false)));

        Evaluation e = new Evaluation(keys, extracted, Set.of("a.txt"));

        assertEquals(new Score(2, 1, 1), e.overall(), "a fact stated twice counts once; unread documents do not count");
        assertEquals(List.of("diazepam\tadverse_effect\tcoma\ta.txt"), e.misses().stream().map(FactKey::row).toList());
        assertEquals(List.of("diazepam\tadverse_effect\thiccups\ta.txt"), e.falseFacts().stream().map(FactKey::row).toList());
        assertEquals(2.0 / 3, e.overall().precision(), 1e-9);
        assertEquals(2.0 / 3, e.overall().recall(), 1e-9);
    }

    @Test
    void anUnknownRelationInAGoldFileNamesItsLine(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "drug\trelation\tobject\tsource\ndiazepam\tcauses\tcoma\ta.txt\n");
        EvaluationException e = org.junit.jupiter.api.Assertions.assertThrows(EvaluationException.class,
                () -> GoldFile.read(gold, lexicon));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    private static Fact fact(Concept object) {
        return new Fact(DIAZEPAM, Relation.ADVERSE_EFFECT, object, "a.txt", new EvidenceSpan(0, 1), 0.9,
                ExtractionMethod.CUE_PHRASE, false);
    }
}
