package org.drugfacts.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.drugfacts.vocab.DF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each question's answer on the invented fixture, pinned exactly. */
class QuestionsTest {
    private static DrugFactsQueries queries;

    @BeforeAll
    static void load() {
        queries = DrugFactsQueries.local(Fixtures.fixtureStore(true));
    }

    private static String id(String path) {
        return DF.ID + path;
    }

    @Test
    void aDrugResolvesFromItsLabelBrandSynonymOrIriInAnyCase() {
        for (String name : List.of("clonazepam", "CLONAZEPAM", "Klonopin", "klonopin", "clonazepamum",
                "rivotril TABLETS", id("drug/clonazepam"), "id:drug/clonazepam")) {
            assertEquals(1, queries.interactions(name).stream().filter(i -> i.otherLabel().equals("alcohol")).count(), name);
        }
    }

    @Test
    void anUnknownDrugIsAClearErrorNamingTheParameter() {
        UnresolvedConceptException e = assertThrows(UnresolvedConceptException.class,
                () -> queries.interactions("clonazepamx"));
        assertEquals("drug", e.parameter());
        assertTrue(e.getMessage().contains("'clonazepamx'"), e.getMessage());
        // A concept of the wrong kind does not resolve either: alcohol is a substance, not a drug.
        assertThrows(UnresolvedConceptException.class, () -> queries.similarDrugs("alcohol"));
    }

    @Test
    void factsComeInTheExtractShapeWithReviewedStatementsWithoutSpan() {
        List<StatedFact> facts = queries.facts("clonazepam");
        assertEquals(16, facts.size());
        assertTrue(facts.contains(new StatedFact("clonazepam", "interaction", "alcohol", "doc-a.txt", 610, 617, 0.8)));
        assertTrue(facts.contains(new StatedFact("clonazepam", "contraindication", "sleep apnea", "doc-b.txt", null, null, 1.0)));
        assertEquals(List.of("diazepam"), queries.facts("diazepam").stream().map(StatedFact::drug).distinct().toList());
    }

    @Test
    void evidenceListsEveryDocumentSpanAndQuote() {
        List<FactEvidence> evidence = queries.factEvidence("clonazepam", "contraindication", "Myasthenia Gravis");
        assertEquals(List.of("doc-a.txt 120-137 myasthenia gravis", "doc-a.txt 120-137 myasthenia gravis",
                        "doc-b.txt 50-67 myasthenia gravis"),
                evidence.stream().map(e -> e.source() + " " + e.start() + "-" + e.end() + " " + e.quote()).toList());
        assertEquals(evidence, queries.factEvidence("klonopin", DF.NAMESPACE + "contraindication", id("condition/myasthenia-gravis")));
        assertThrows(QueryException.class, () -> queries.factEvidence("clonazepam", "cures", "depression"));
    }

    @Test
    void contraindicationsAndInteractionsAreGroupedByTheEffectThatExplainsThem() {
        List<MechanismGroup> groups = queries.contraindicationsByMechanism("clonazepam");
        assertEquals(List.of("CNS depression", "muscle relaxation"), groups.stream().map(MechanismGroup::effectLabel).toList());
        assertEquals(List.of("contraindication severe respiratory failure BackgroundKnowledge",
                        "contraindication sleep apnea BackgroundKnowledge",
                        "interaction alcohol BackgroundKnowledge",
                        "interaction opioids BackgroundKnowledge"),
                groups.get(0).facts().stream().map(f -> f.relation() + " " + f.objectLabel() + " " + f.support()).toList());
        assertEquals(List.of(new ExplainedFact("contraindication", id("condition/myasthenia-gravis"), "myasthenia gravis",
                "StatedInSource")), groups.get(1).facts());
    }

    @Test
    void similarDrugsAreRankedByWhatTheyShare() {
        List<SimilarDrug> similar = queries.similarDrugs("clonazepam");
        assertEquals(List.of("diazepam 5", "oxycodone 1"), similar.stream().map(s -> s.label() + " " + s.shared()).toList());
        assertEquals("CNS depression", similar.get(1).sharedLabels());
    }

    @Test
    void aConditionListsTheDrugsContraindicatedInItOrInANarrowerOneWithTheReason() {
        assertEquals(List.of(new Contraindication(id("drug/clonazepam"), "clonazepam", id("condition/severe-respiratory-failure"),
                        "severe respiratory failure", 1, "CNS depression")),
                queries.contraindicatedIn("respiratory failure"));
        List<Contraindication> myasthenia = queries.contraindicatedIn("myasthenia gravis");
        assertEquals(List.of("clonazepam 2 muscle relaxation", "diazepam 1 muscle relaxation"),
                myasthenia.stream().map(c -> c.drugLabel() + " " + c.sources() + " " + c.because()).toList());
    }

    @Test
    void interactionsCarryTheSharedEffect() {
        assertEquals(List.of(
                        new Interaction(id("substance/alcohol"), "alcohol", 1, id("effect/cns-depression"), "CNS depression", "BackgroundKnowledge"),
                        new Interaction(id("drug-class/opioids"), "opioids", 1, id("effect/cns-depression"), "CNS depression", "BackgroundKnowledge")),
                queries.interactions("clonazepam"));
    }

    @Test
    void twoDrugsShareTheAdverseEffectsBothAreStatedToHave() {
        assertEquals(List.of(new SharedAdverseEffect(id("condition/drowsiness"), "drowsiness")),
                queries.sharedAdverseEffects("clonazepam", "diazepam"));
        assertEquals(List.of(), queries.sharedAdverseEffects("clonazepam", "oxycodone"));
    }

    @Test
    void conflictsNameTheDocumentsOnEachSide() {
        List<Conflict> conflicts = queries.conflicts("clonazepam");
        assertEquals(List.of("depression indication 1 doc-a.txt | adverse_effect 1 doc-b.txt"),
                conflicts.stream().map(c -> c.objectLabel() + " " + c.relation() + " " + c.sources() + " " + c.sourceFiles()
                        + " | " + c.conflictingRelation() + " " + c.conflictingSources() + " " + c.conflictingSourceFiles()).toList());
        assertTrue(conflicts.get(0).fact().startsWith(DF.ID + "fact/"), conflicts.get(0).fact());
        assertEquals(List.of(), queries.conflicts("diazepam"));
    }

    @Test
    void eachFactCountsItsDocumentsOnceWhoeverReadThem() {
        List<FactSources> sources = queries.sourceCounts("clonazepam");
        // doc-a is cited by the extractor and by a curator: it counts once.
        assertEquals(new FactSources("contraindication", id("condition/myasthenia-gravis"), "myasthenia gravis", 2,
                "doc-a.txt, doc-b.txt"), sources.get(0));
        assertEquals(13, sources.size());
        assertTrue(sources.stream().skip(1).allMatch(f -> f.sources() == 1), sources::toString);
    }

    @Test
    void aDrugsFactsCarryTheirSourceCountAndBestConfidence() {
        List<DrugFact> facts = queries.drugFacts("clonazepam");
        assertTrue(facts.contains(new DrugFact("contraindication", id("condition/myasthenia-gravis"), "myasthenia gravis", 2, 1.0)),
                facts::toString);
        assertTrue(facts.contains(new DrugFact("adverse_effect", id("condition/depression"), "depression", 1, 0.7)), facts::toString);
        assertEquals(13, facts.size());
        assertEquals(List.of("depression", "drowsiness"), queries.drugFacts("clonazepam", "adverse_effect").stream()
                .map(DrugFact::objectLabel).sorted().toList());
        assertEquals(queries.drugFacts("clonazepam", "adverse_effect"), queries.drugFacts("Klonopin", DF.NAMESPACE + "adverseEffect"));
    }

    @Test
    void populationCautionsResolveThePopulationByAnyLabel() {
        assertEquals(List.of(new PopulationCaution(id("population/older-adults"), "older adults", id("drug/diazepam"), "diazepam",
                "population_caution", id("population/older-adults"), "older adults", 1)), queries.populationCautions("ELDERLY"));
        assertEquals(List.of("pregnancy clonazepam population_caution pregnancy 1", "older adults diazepam population_caution older adults 1",
                        "infants oxycodone population_caution infants 1", "children oxycodone population_caution infants 1"),
                rows(queries.run("population-cautions", Map.of()), "populationLabel", "drugLabel", "relation", "statedLabel", "sources")
                        .stream().sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void aPopulationIncludesItsNarrowerOnes() {
        assertEquals(List.of("oxycodone population_caution infants"), queries.populationCautions("children").stream()
                .map(c -> c.drugLabel() + " " + c.relation() + " " + c.statedLabel()).toList());
        assertEquals(List.of(), queries.populationCautions("infants").stream()
                .filter(c -> c.stated().equals(id("population/children"))).toList(), "a broader population is not narrower");
    }

    @Test
    void genericQuestionsAnswerByName() {
        assertEquals(List.of("brand/klonopin prefLabel", "drug/clonazepam brand"),
                rows(queries.run("resolve-concept", Map.of("label", "KLONOPIN")), "concept", "via").stream()
                        .map(r -> r.replace(DF.ID, "")).toList());
        assertEquals(List.of("drowsiness"), column(queries.run("shared-adverse-effects",
                Map.of("drug", "clonazepam", "other", "diazepam")), "effectLabel"));
        assertThrows(QueryException.class, () -> queries.run("interactions", Map.of("drugs", "clonazepam")));
    }

    @Test
    void everyQuestionRunsWithoutParameters() {
        for (NamedQuery question : queries.catalog().all()) {
            assertTrue(queries.run(question.name(), Map.of()).size() > 0, question.name() + " answered nothing for all drugs");
        }
    }

    static List<String> column(Answer answer, String column) {
        return rows(answer, column);
    }

    static List<String> rows(Answer answer, String... columns) {
        return java.util.stream.IntStream.range(0, answer.size())
                .mapToObj(row -> java.util.Arrays.stream(columns).map(c -> answer.text(row, c))
                        .collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }
}
