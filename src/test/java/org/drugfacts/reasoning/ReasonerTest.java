package org.drugfacts.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.query.Fixtures;
import org.drugfacts.rdf.Iris;
import org.drugfacts.rdf.LexiconGraph;
import org.drugfacts.vocab.DF;
import org.junit.jupiter.api.Test;

class ReasonerTest {
    /** The fixture's 31 labels (25 preferred, 6 alternative), each a distinct key of its concept once lower-cased. */
    private static final int LABEL_KEYS = 31;
    /** The fixture's distinct facts (subject, relation, object) stated by statements. */
    private static final int FACTS = 18;
    /** Traits: clonazepam and diazepam five each (class, its mechanism, its effect, two produced effects), oxycodone three. */
    private static final int DRUG_TRAITS = 13;

    private static final String EXPLANATIONS = """
            PREFIX df: <https://w3id.org/drugfacts/ontology#>
            SELECT ?s ?r ?o ?e ?support ?rule WHERE { GRAPH <https://w3id.org/drugfacts/graph/derived> {
              ?x a df:Explanation ; df:explainsSubject ?s ; df:explainsRelation ?r ; df:explainsObject ?o ;
                 df:explainedBy ?e ; df:support ?support ; df:derivedBy ?rule } }""";

    private static Set<String> explanations(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> found = new TreeSet<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(EXPLANATIONS).build()) {
                exec.select().forEachRemaining(row -> found.add(String.join(" ",
                        local(row.get("s")), local(row.get("r")), local(row.get("o")), local(row.get("e")),
                        local(row.get("support")), local(row.get("rule")))));
            }
            return found;
        });
    }

    private static String local(Node node) {
        String iri = node.getURI();
        return iri.replace(DF.ID, "").replace(DF.NAMESPACE, "").replace(DerivationRule.IRI_BASE, "rule:");
    }

    @Test
    void contraindicationsAndInteractionsAreExplainedByTheEffectTheyShare() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        assertEquals(Set.of(
                "drug/clonazepam contraindication condition/myasthenia-gravis effect/muscle-relaxation StatedInSource rule:explain-contraindication-by-effect",
                "drug/clonazepam contraindication condition/severe-respiratory-failure effect/cns-depression BackgroundKnowledge rule:explain-contraindication-by-effect",
                "drug/clonazepam contraindication condition/sleep-apnea effect/cns-depression BackgroundKnowledge rule:explain-contraindication-by-effect",
                "drug/diazepam contraindication condition/myasthenia-gravis effect/muscle-relaxation StatedInSource rule:explain-contraindication-by-effect",
                "drug/clonazepam interactsWith substance/alcohol effect/cns-depression BackgroundKnowledge rule:explain-interaction-by-shared-effect",
                "drug/clonazepam interactsWith drug-class/opioids effect/cns-depression BackgroundKnowledge rule:explain-interaction-by-shared-effect"),
                explanations(dsg));
    }

    /**
     * Invented pharmacokinetics in the shared data model: what clears each drug, what slows or speeds that
     * clearance, and one document stating two contraindications and five interactions. Only phenobarbital's
     * own link to the mechanism (CYP3A4 induction) is stated by the document.
     */
    private static final String PHARMACOKINETICS = """
            PREFIX df:   <https://w3id.org/drugfacts/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX drug: <https://w3id.org/drugfacts/id/drug/>
            PREFIX class: <https://w3id.org/drugfacts/id/drug-class/>
            PREFIX mechanism: <https://w3id.org/drugfacts/id/mechanism/>
            PREFIX condition: <https://w3id.org/drugfacts/id/condition/>
            PREFIX population: <https://w3id.org/drugfacts/id/population/>
            PREFIX substance: <https://w3id.org/drugfacts/id/substance/>
            GRAPH <https://w3id.org/drugfacts/graph/lexicon> {
              drug:clonazepam df:drugClass class:benzodiazepines .
              drug:oxycodone df:drugClass class:opioids .
              drug:ketoconazole df:drugClass class:azole-antifungals .
              class:azole-antifungals skos:broader class:cyp3a4-inhibitors .
              mechanism:cyp3a4-metabolism skos:broader mechanism:hepatic-clearance .
              condition:cirrhosis skos:broader condition:liver-disease .
            }
            GRAPH <https://w3id.org/drugfacts/graph/background> {
              drug:clonazepam df:clearedBy mechanism:cyp3a4-metabolism .
              drug:oxycodone df:clearedBy mechanism:cyp3a4-metabolism .
              condition:liver-disease df:altersClearance mechanism:hepatic-clearance .
              population:hepatic-impairment df:altersClearance mechanism:hepatic-clearance .
              mechanism:cyp3a4-inhibition df:altersClearance mechanism:cyp3a4-metabolism .
              mechanism:cyp3a4-induction df:altersClearance mechanism:cyp3a4-metabolism .
              class:cyp3a4-inhibitors df:mechanismOfAction mechanism:cyp3a4-inhibition .
              drug:phenobarbital df:mechanismOfAction mechanism:cyp3a4-induction .
            }
            GRAPH <https://w3id.org/drugfacts/graph/doc/doc-pk.txt> {
              drug:clonazepam df:contraindication condition:cirrhosis , population:hepatic-impairment ,
                  condition:myasthenia-gravis .
              drug:levetiracetam df:contraindication condition:liver-disease .
              drug:clonazepam df:interactsWith drug:ketoconazole , drug:oxycodone , substance:alcohol .
              drug:phenobarbital df:interactsWith drug:clonazepam .
              drug:levetiracetam df:interactsWith drug:ketoconazole .
              <https://w3id.org/drugfacts/id/statement/pk-1> a df:Statement ; rdf:subject drug:phenobarbital ;
                  rdf:predicate df:mechanismOfAction ; rdf:object mechanism:cyp3a4-induction ;
                  prov:wasDerivedFrom <https://w3id.org/drugfacts/id/document/doc-pk.txt> .
            }
            """;

    private static DatasetGraph derivedFrom(String trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
            Reasoner.rederive(dsg);
        });
        return dsg;
    }

    private static Set<String> explanationsBy(DatasetGraph dsg, String ruleName) {
        return explanations(dsg).stream().filter(line -> line.endsWith(" rule:" + ruleName))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aLiverContraindicationIsExplainedByTheHepaticClearanceTheLiverDiseaseSlows() {
        DatasetGraph dsg = derivedFrom(PHARMACOKINETICS);
        // Clonazepam is cleared by CYP3A4, a kind of hepatic clearance, which liver disease (and so cirrhosis,
        // a narrower one) and hepatic impairment slow. Levetiracetam is cleared by nothing the graph knows, and
        // myasthenia gravis slows no clearance: neither is explained by this rule.
        assertEquals(Set.of(
                "drug/clonazepam contraindication condition/cirrhosis mechanism/hepatic-clearance BackgroundKnowledge rule:explain-contraindication-by-clearance",
                "drug/clonazepam contraindication population/hepatic-impairment mechanism/hepatic-clearance BackgroundKnowledge rule:explain-contraindication-by-clearance"),
                explanationsBy(dsg, "explain-contraindication-by-clearance"));
    }

    @Test
    void aCyp3a4InteractionIsExplainedByTheEnzymeMechanismOfTheOtherSide() {
        DatasetGraph dsg = derivedFrom(PHARMACOKINETICS);
        // Ketoconazole inhibits CYP3A4 through its class's broader class; phenobarbital, the subject this time,
        // induces it and a document says so. Two drugs that CYP3A4 merely clears (clonazepam and oxycodone) do
        // not interact through it, nor does a drug CYP3A4 does not clear (levetiracetam) with an inhibitor.
        assertEquals(Set.of(
                "drug/clonazepam interactsWith drug/ketoconazole mechanism/cyp3a4-inhibition BackgroundKnowledge rule:explain-interaction-by-metabolism",
                "drug/phenobarbital interactsWith drug/clonazepam mechanism/cyp3a4-induction StatedInSource rule:explain-interaction-by-metabolism"),
                explanationsBy(dsg, "explain-interaction-by-metabolism"));
    }

    @Test
    void theShippedBackgroundExplainsClonazepamsLiverContraindicationAndCyp3a4Interactions() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            LexiconGraph.of(Lexicon.shipped().entries()).find()
                    .forEachRemaining(t -> dsg.add(Iris.LEXICON_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            RDFParser.source(Path.of("data", "background.ttl")).lang(Lang.TURTLE).parse(dsg.getGraph(Iris.BACKGROUND_GRAPH));
            RDFParser.fromString("""
                    PREFIX df:        <https://w3id.org/drugfacts/ontology#>
                    PREFIX drug:      <https://w3id.org/drugfacts/id/drug/>
                    PREFIX condition: <https://w3id.org/drugfacts/id/condition/>
                    PREFIX substance: <https://w3id.org/drugfacts/id/substance/>
                    GRAPH <https://w3id.org/drugfacts/graph/doc/doc-shipped.txt> {
                      drug:clonazepam df:contraindication condition:liver-disease , condition:acute-angle-closure-glaucoma .
                      drug:clonazepam df:interactsWith drug:itraconazole , substance:grapefruit-juice , drug:rifampin ,
                          substance:st-john-s-wort , drug:azithromycin .
                      drug:lorazepam df:interactsWith drug:ketoconazole .
                    }""", Lang.TRIG).parse(dsg);
            Reasoner.rederive(dsg);
        });
        Set<String> found = explanations(dsg);
        assertTrue(found.contains("drug/clonazepam contraindication condition/liver-disease mechanism/hepatic-clearance BackgroundKnowledge rule:explain-contraindication-by-clearance"), found::toString);
        assertEquals(Set.of(
                "drug/clonazepam interactsWith drug/itraconazole mechanism/cyp3a4-inhibition BackgroundKnowledge rule:explain-interaction-by-metabolism",
                "drug/clonazepam interactsWith drug/rifampin mechanism/cyp3a4-induction BackgroundKnowledge rule:explain-interaction-by-metabolism",
                "drug/clonazepam interactsWith substance/grapefruit-juice mechanism/cyp3a4-inhibition BackgroundKnowledge rule:explain-interaction-by-metabolism",
                "drug/clonazepam interactsWith substance/st-john-s-wort mechanism/cyp3a4-induction BackgroundKnowledge rule:explain-interaction-by-metabolism"),
                explanationsBy(dsg, "explain-interaction-by-metabolism"),
                "azithromycin barely inhibits CYP3A4 and lorazepam is glucuronidated: neither pair is explained");
        // Benzodiazepines have no established anticholinergic action: the glaucoma contraindication stays unexplained.
        assertTrue(found.stream().noneMatch(line -> line.contains("acute-angle-closure-glaucoma")), found::toString);
    }

    @Test
    void rederiveReturnsTheDerivedTripleCountAndIsDeterministic() {
        DatasetGraph dsg = Fixtures.fixtureStore(false);
        long first = Txn.calculateWrite(dsg, () -> Reasoner.rederive(dsg));
        Graph firstGraph = Txn.calculateRead(dsg, () -> copyOfDerived(dsg));
        long second = Txn.calculateWrite(dsg, () -> Reasoner.rederive(dsg));
        Graph secondGraph = Txn.calculateRead(dsg, () -> copyOfDerived(dsg));
        assertEquals(6 * 7 + FACTS * 8 + DRUG_TRAITS + LABEL_KEYS, first,
                "six explanations of seven triples each, a summary of eight per fact, the drugs' traits, and one key per folded label");
        assertEquals(first, second);
        assertTrue(firstGraph.isIsomorphicWith(secondGraph), "same input, same derived graph (IRIs included)");
    }

    @Test
    void everyFactIsSummarisedOverTheDocumentsThatStateIt() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        String summaries = """
                PREFIX df: <https://w3id.org/drugfacts/ontology#>
                SELECT ?s ?r ?o ?n ?best ?files WHERE { GRAPH <https://w3id.org/drugfacts/graph/derived> {
                  ?x a df:FactSummary ; df:factSubject ?s ; df:factRelation ?r ; df:factObject ?o ;
                     df:sourceCount ?n ; df:bestConfidence ?best ; df:sourceFiles ?files } }""";
        Set<String> found = Txn.calculateRead(dsg, () -> {
            Set<String> rows = new TreeSet<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(summaries).build()) {
                exec.select().forEachRemaining(row -> rows.add(String.join(" ", local(row.get("s")), local(row.get("r")),
                        local(row.get("o")), row.get("n").getLiteralLexicalForm(),
                        row.get("best").getLiteralLexicalForm(), row.get("files").getLiteralLexicalForm())));
            }
            return rows;
        });
        // Stated by doc-a and doc-b, and by a curator citing doc-a: two documents, the curator's confidence.
        assertTrue(found.contains("drug/clonazepam contraindication condition/myasthenia-gravis 2 1.0 doc-a.txt, doc-b.txt"),
                found::toString);
        // Stated only by a curator citing doc-b: one source.
        assertTrue(found.contains("drug/clonazepam contraindication condition/sleep-apnea 1 1.0 doc-b.txt"), found::toString);
        assertTrue(found.contains("drug/diazepam adverseEffect condition/drowsiness 1 0.9 doc-b.txt"), found::toString);
        long facts = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query("""
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX df: <https://w3id.org/drugfacts/ontology#>
                    SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
                      ?x a df:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }""").build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
        assertEquals(facts, found.size(), "one summary per distinct fact");
    }

    @Test
    void aDrugHasTheTraitsOfItsClassAndWhatItsMechanismsProduce() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        Graph derived = Txn.calculateRead(dsg, () -> copyOfDerived(dsg));
        Set<String> traits = new TreeSet<>();
        derived.find(NodeFactory.createURI(DF.ID + "drug/clonazepam"), DF.trait, Node.ANY)
                .forEachRemaining(t -> traits.add(local(t.getObject())));
        assertEquals(Set.of("drug-class/benzodiazepines", "mechanism/gaba-a-potentiation", "effect/anxiolysis",
                "effect/cns-depression", "effect/muscle-relaxation"), traits);
        assertFalse(derived.contains(NodeFactory.createURI(DF.ID + "drug/clonazepam"), DF.trait,
                NodeFactory.createURI(DF.ID + "effect/respiratory-depression")), "an opioid's effect is no trait of clonazepam");
    }

    @Test
    void theDerivedGraphPassesTheShapes() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        Graph derived = Txn.calculateRead(dsg, () -> copyOfDerived(dsg));
        Shapes shapes = Shapes.parse(RDFParser.source(getClass().getResource("/ontology/shapes.ttl").toString()).toGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, derived);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        assertTrue(derived.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                DF.FactSummary), "the shapes saw fact summaries");
    }

    @Test
    void everyLabelIsIndexedByItsLowerCasedFormForResolution() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        Graph derived = Txn.calculateRead(dsg, () -> copyOfDerived(dsg));
        Node hiddenLabel = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#hiddenLabel");
        assertTrue(derived.contains(NodeFactory.createURI(DF.ID + "brand/klonopin"), hiddenLabel,
                NodeFactory.createLiteralString("klonopin")), "a brand's preferred label, lower-cased");
        assertTrue(derived.contains(NodeFactory.createURI(DF.ID + "drug/clonazepam"), hiddenLabel,
                NodeFactory.createLiteralString("rivotril tablets")), "a synonym, lower-cased");
        assertFalse(derived.contains(Node.ANY, hiddenLabel, NodeFactory.createLiteralString("CNS depression")),
                "keys are lower-case only");
        assertEquals(LABEL_KEYS, derived.find(Node.ANY, hiddenLabel, Node.ANY).toList().size());
    }

    @Test
    void removingADocumentRemovesTheExplanationsThatRestedOnIt() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        Node docA = NodeFactory.createURI(DF.GRAPH + "doc/doc-a.txt");
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(docA);
            Reasoner.rederive(dsg);
        });
        Set<String> left = explanations(dsg);
        // The reviewed graph still states the sleep-apnea contraindication; doc-b still states myasthenia gravis.
        assertTrue(left.contains("drug/clonazepam contraindication condition/sleep-apnea effect/cns-depression BackgroundKnowledge rule:explain-contraindication-by-effect"));
        assertTrue(left.stream().noneMatch(line -> line.contains("substance/alcohol")), left::toString);
        assertTrue(left.stream().noneMatch(line -> line.contains("severe-respiratory-failure")), left::toString);
        // Without doc-a nobody states clonazepam's muscle relaxation, so that explanation falls back to background.
        assertTrue(left.contains("drug/clonazepam contraindication condition/myasthenia-gravis effect/muscle-relaxation BackgroundKnowledge rule:explain-contraindication-by-effect"));
        assertFalse(left.isEmpty());
    }

    @Test
    void theDerivedGraphIsNotReadByTheRules() {
        DatasetGraph dsg = Fixtures.fixtureStore(true);
        // A stray contraindication planted in graph/derived must not be explained on the next run.
        Txn.executeWrite(dsg, () -> {
            dsg.add(Reasoner.DERIVED_GRAPH, NodeFactory.createURI(DF.ID + "drug/oxycodone"), DF.contraindication,
                    NodeFactory.createURI(DF.ID + "condition/sleep-apnea"));
            Reasoner.rederive(dsg);
        });
        assertTrue(explanations(dsg).stream().noneMatch(line -> line.startsWith("drug/oxycodone")));
    }

    private static Graph copyOfDerived(DatasetGraph dsg) {
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(Reasoner.DERIVED_GRAPH).find().forEachRemaining(copy::add);
        return copy;
    }
}
