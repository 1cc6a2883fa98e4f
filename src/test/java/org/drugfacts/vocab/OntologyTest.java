package org.drugfacts.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.EvidenceSpan;
import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;
import org.drugfacts.rdf.LexiconGraph;
import org.drugfacts.rdf.StatementGraph;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ontology (ontology/drugfacts.ttl) and the shapes (ontology/shapes.ttl) agree with the code's vocabulary
 * and models, and the shapes accept the data model the store writes while naming what is wrong in broken data.
 */
class OntologyTest {
    private static final Path ONTOLOGY = Path.of("ontology", "drugfacts.ttl");
    private static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    private static final String SCHEMA = "https://schema.org/";
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node OWL2_VERSION_IRI = NodeFactory.createURI(OWL.NS + "versionIRI");
    private static final Node DEFINITION = SKOS.definition.asNode();

    private static Graph ontology;
    private static Graph shapesGraph;
    private static Shapes shapes;

    /** Prefixes and one document's facts: a drug's contraindication read from a typed list. Invented text. */
    private static final String PREFIXES = """
            PREFIX df:   <https://w3id.org/drugfacts/ontology#>
            PREFIX drug: <https://w3id.org/drugfacts/id/drug/>
            PREFIX dc:   <https://w3id.org/drugfacts/id/drug-class/>
            PREFIX brand: <https://w3id.org/drugfacts/id/brand/>
            PREFIX cond: <https://w3id.org/drugfacts/id/condition/>
            PREFIX eff:  <https://w3id.org/drugfacts/id/effect/>
            PREFIX doc:  <https://w3id.org/drugfacts/id/document/>
            PREFIX agent: <https://w3id.org/drugfacts/id/agent/>
            PREFIX unmapped: <https://w3id.org/drugfacts/id/concept/unmapped/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    private static final String STATEMENT = "https://w3id.org/drugfacts/id/statement/0123456789abcdef0123456789abcdef";

    private static final String DOCUMENT_GRAPH = PREFIXES + """
            drug:examplazepam df:contraindication cond:myasthenia-gravis .

            <%1$s> a df:Statement ;
                rdf:subject drug:examplazepam ;
                rdf:predicate df:contraindication ;
                rdf:object cond:myasthenia-gravis ;
                df:confidence 0.9 ;
                df:method df:TypedListItem ;
                df:hedged false ;
                df:section "Who should not take it" ;
                prov:wasDerivedFrom doc:example.txt ;
                prov:wasAttributedTo agent:extractor ;
                df:evidence <%1$s/evidence/120-137> .

            <%1$s/evidence/120-137> a oa:SpecificResource ;
                oa:hasSource doc:example.txt ;
                oa:hasSelector <%1$s/evidence/120-137/position> , <%1$s/evidence/120-137/quote> .
            <%1$s/evidence/120-137/position> a oa:TextPositionSelector ;
                oa:start "120"^^xsd:nonNegativeInteger ;
                oa:end "137"^^xsd:nonNegativeInteger .
            <%1$s/evidence/120-137/quote> a oa:TextQuoteSelector ;
                oa:exact "myasthenia gravis" .

            unmapped:night-terrors a df:Condition ;
                skos:prefLabel "night terrors"@en ;
                df:mapped false .

            doc:example.txt a df:SourceDocument ;
                df:fileName "example.txt" ;
                df:sha256 "3f2a000000000000000000000000000000000000000000000000000000000001" ;
                df:characterCount "2048"^^xsd:nonNegativeInteger .
            """.formatted(STATEMENT);

    /** A curator's statement in the reviewed graph: it cites its document but has no evidence span. */
    private static final String REVIEWED_GRAPH = PREFIXES + """
            drug:examplazepam df:indication cond:panic-disorder .
            <https://w3id.org/drugfacts/id/statement/fedcba9876543210fedcba9876543210> a df:Statement ;
                rdf:subject drug:examplazepam ;
                rdf:predicate df:indication ;
                rdf:object cond:panic-disorder ;
                df:confidence 1.0 ;
                df:method df:CuratorReview ;
                prov:wasDerivedFrom doc:example.txt ;
                prov:wasAttributedTo agent:curator .
            """;

    private static final String LEXICON_GRAPH = PREFIXES + """
            drug:examplazepam a df:Drug ;
                skos:prefLabel "examplazepam"@en ;
                skos:altLabel "examplazepamum"@la , "EXZ"@en ;
                df:drugClass dc:benzodiazepines ;
                skos:exactMatch <http://www.wikidata.org/entity/Q1> .
            brand:examplonin a df:BrandName ;
                skos:prefLabel "Examplonin"@en ;
                df:brandOf drug:examplazepam .
            cond:absence-seizure a df:Condition ;
                skos:prefLabel "absence seizure"@en ;
                skos:broader cond:seizure .
            """;

    private static final String DERIVED_GRAPH = PREFIXES + """
            <https://w3id.org/drugfacts/id/explanation/00ff> a df:Explanation ;
                df:explainsSubject drug:examplazepam ;
                df:explainsRelation df:contraindication ;
                df:explainsObject cond:respiratory-failure ;
                df:explainedBy eff:respiratory-depression ;
                df:derivedBy <https://w3id.org/drugfacts/rule/explain-contraindication-by-effect> ;
                df:support df:BackgroundKnowledge .
            """;

    @BeforeAll
    static void readOntologyAndShapes() {
        ontology = RDFParser.source(ONTOLOGY).lang(Lang.TURTLE).toGraph();
        shapesGraph = RDFParser.source(SHAPES).lang(Lang.TURTLE).toGraph();
        shapes = Shapes.parse(shapesGraph);
    }

    // ---- the ontology

    @Test
    void theOntologyHasAVersionedHeader() {
        Node ontologyIri = NodeFactory.createURI("https://w3id.org/drugfacts/ontology");
        assertTrue(ontology.contains(ontologyIri, RDF.type.asNode(), OWL.Ontology.asNode()), "owl:Ontology header");
        assertEquals(Set.of("0.2.0"), literalsOf(ontologyIri, OWL.versionInfo.asNode()));
        assertTrue(ontology.contains(ontologyIri, OWL2_VERSION_IRI,
                NodeFactory.createURI("https://w3id.org/drugfacts/ontology/2026-11-25")), "dated owl:versionIRI");
        for (String term : List.of("title", "description", "license", "created")) {
            assertTrue(ontology.contains(ontologyIri, NodeFactory.createURI("http://purl.org/dc/terms/" + term), Node.ANY),
                    "header lacks dcterms:" + term);
        }
    }

    @Test
    void everyVocabularyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<Node> constants = dfTermsInVocabularyClass();
        assertTrue(constants.size() > 50, "DF.java should hold the whole vocabulary, found " + constants.size());
        List<String> undeclared = constants.stream().filter(term -> !ontology.contains(term, RDF.type.asNode(), Node.ANY))
                .map(Node::getLocalName).toList();
        assertTrue(undeclared.isEmpty(), "ontology/drugfacts.ttl does not declare: " + undeclared);
    }

    @Test
    void everyTermHasExactlyOneEnglishLabelAndOneDefinition() throws IllegalAccessException {
        // The constants of DF.java and whatever else the ontology declares in its own namespace.
        Set<Node> terms = new LinkedHashSet<>(dfTermsInVocabularyClass());
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(DF.NAMESPACE)).forEach(terms::add);
        List<String> problems = new ArrayList<>();
        for (Node term : terms) {
            for (Node annotation : List.of(LABEL, DEFINITION)) {
                long english = ontology.find(term, annotation, Node.ANY).toList().stream()
                        .filter(t -> "en".equals(t.getObject().getLiteralLanguage())
                                && !t.getObject().getLiteralLexicalForm().isBlank()).count();
                if (english != 1) {
                    problems.add(term.getLocalName() + " has " + english + " " + annotation.getLocalName() + "@en");
                }
            }
        }
        assertTrue(problems.isEmpty(), "each term needs one rdfs:label@en and one skos:definition@en: " + problems);
    }

    @Test
    void theOntologyGraphItselfPassesTheShapes() {
        assertGraphConforms(ontology);
    }

    @Test
    void everyPropertyShapeSaysWhatIsWrong() {
        List<Node> silent = shapesGraph.find(Node.ANY, sh("property"), Node.ANY).mapWith(Triple::getObject)
                .filterDrop(shape -> shapesGraph.contains(shape, sh("message"), Node.ANY)).toList();
        assertTrue(silent.isEmpty(), () -> silent.size() + " property shapes have no sh:message, e.g. on "
                + shapesGraph.find(silent.get(0), sh("path"), Node.ANY).next().getObject());
    }

    @Test
    void everyRelationIsAnObjectPropertyWhoseRangeIsItsObjectTypes() {
        for (Relation relation : Relation.values()) {
            Node property = df(relation.property());
            assertTrue(ontology.contains(property, RDF.type.asNode(), OWL.ObjectProperty.asNode()),
                    relation + ": df:" + relation.property() + " is not an owl:ObjectProperty");
            Set<String> declaredRange = ontology.find(property, schema("rangeIncludes"), Node.ANY)
                    .mapWith(t -> t.getObject().getLocalName()).toSet();
            Set<String> objectTypes = relation.objectTypes().stream().map(ConceptType::ontologyClass)
                    .collect(Collectors.toSet());
            assertEquals(objectTypes, declaredRange, relation + ": schema:rangeIncludes differs from Relation.objectTypes()");
            Set<String> domain = ontology.find(property, schema("domainIncludes"), Node.ANY)
                    .mapWith(t -> t.getObject().getLocalName()).toSet();
            assertTrue(domain.containsAll(Set.of("Drug", "DrugClass")), relation + ": domain should include Drug and DrugClass");
        }
    }

    @Test
    void everyConceptTypeIsAClassUnderConcept() {
        for (ConceptType type : ConceptType.values()) {
            Node cls = df(type.ontologyClass());
            assertTrue(ontology.contains(cls, RDF.type.asNode(), OWL.Class.asNode()), type + " is not an owl:Class");
            assertTrue(ontology.contains(cls, RDFS.subClassOf.asNode(), DF.Concept), type + " is not under df:Concept");
        }
        assertTrue(ontology.contains(DF.Concept, RDFS.subClassOf.asNode(), SKOS.Concept.asNode()));
    }

    @Test
    void everyExtractionMethodIsAnIndividualOfExtractionMethod() {
        for (ExtractionMethod method : ExtractionMethod.values()) {
            assertTrue(ontology.contains(df(method.individual()), RDF.type.asNode(), DF.ExtractionMethod),
                    method + ": df:" + method.individual() + " is not a df:ExtractionMethod");
        }
    }

    @Test
    void everyOntologyTermTheShapesNameIsDeclared() {
        Set<Node> shapeNodes = shapesGraph.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .mapWith(Triple::getSubject).toSet();
        Set<String> undeclared = new TreeSet<>();
        shapesGraph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(DF.NAMESPACE) && !shapeNodes.contains(n)
                        && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                    undeclared.add(n.getLocalName());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "shapes.ttl names terms the ontology lacks: " + undeclared);
    }

    @Test
    void everyShapeSaysWhatItChecks() {
        Set<Node> nodeShapes = shapesGraph.find(Node.ANY, RDF.type.asNode(), sh("NodeShape")).mapWith(Triple::getSubject).toSet();
        assertTrue(nodeShapes.size() >= 7, "expected the statement, evidence, document, explanation and concept shapes");
        for (Node shape : nodeShapes) {
            assertTrue(shapesGraph.contains(shape, RDFS.label.asNode(), Node.ANY), shape + " has no rdfs:label");
            assertTrue(shapesGraph.contains(shape, RDFS.comment.asNode(), Node.ANY), shape + " has no rdfs:comment");
        }
    }

    // ---- the shapes accept the data model

    @Test
    void aWellFormedDocumentGraphConforms() {
        assertConforms(DOCUMENT_GRAPH);
    }

    @Test
    void aCuratedStatementWithoutEvidenceConforms() {
        assertConforms(REVIEWED_GRAPH);
    }

    @Test
    void aLexiconGraphConforms() {
        assertConforms(LEXICON_GRAPH);
    }

    @Test
    void anExplanationConforms() {
        assertConforms(DERIVED_GRAPH);
    }

    // ---- the graphs the project itself writes pass (the store refuses a graph that does not)

    @Test
    void aDocumentGraphAsTheRdfWriterWritesItConforms() {
        String text = "Examplazepam is not for people with myasthenia gravis. It may give you night terrors.";
        SourceDocument document = SourceDocument.ofText("notes on examplazepam.txt", text);
        Concept drug = new Concept(ConceptType.DRUG, "examplazepam", "examplazepam", true);
        Concept myasthenia = new Concept(ConceptType.CONDITION, "myasthenia-gravis", "myasthenia gravis", true);
        Concept nightTerrors = new Concept(ConceptType.CONDITION, "night-terrors", "night terrors", false);
        List<Fact> facts = List.of(
                new Fact(drug, Relation.CONTRAINDICATION, myasthenia, document.fileName(),
                        span(text, "myasthenia gravis"), 0.85, ExtractionMethod.CUE_PHRASE, false),
                new Fact(drug, Relation.ADVERSE_EFFECT, nightTerrors, document.fileName(),
                        span(text, "night terrors"), 0.6, ExtractionMethod.CUE_PHRASE, true));
        Graph graph = StatementGraph.ofDocument(document, facts, concept -> concept.mapped());
        assertTrue(graph.contains(Node.ANY, RDF.type.asNode(), DF.Statement), "the writer wrote no statement");
        assertGraphConforms(graph);
    }

    @Test
    void aReviewedGraphAsTheRdfWriterWritesItConforms() {
        Concept drug = new Concept(ConceptType.DRUG, "examplazepam", "examplazepam", true);
        Concept panic = new Concept(ConceptType.CONDITION, "panic-disorder", "panic disorder", true);
        List<Fact> facts = List.of(new Fact(drug, Relation.INDICATION, panic, "example.txt", null, 1.0,
                ExtractionMethod.CURATED, false));
        assertGraphConforms(StatementGraph.ofReviewed(facts, concept -> true));
    }

    @Test
    void aLexiconGraphAsTheRdfWriterWritesItConforms() {
        List<LexiconEntry> entries = List.of(
                new LexiconEntry(new Concept(ConceptType.DRUG, "examplazepam", "examplazepam", true),
                        List.of("EXZ"), List.of("benzodiazepines"),
                        Map.of("wikidata", List.of("Q1"), "chebi", List.of("CHEBI:1"), "atc", List.of("N03AE01"))),
                new LexiconEntry(new Concept(ConceptType.BRAND, "examplonin", "Examplonin", true),
                        List.of(), List.of("examplazepam"), Map.of()),
                new LexiconEntry(new Concept(ConceptType.CONDITION, "absence-seizure", "absence seizure", true),
                        List.of("petit mal"), List.of("seizure"), Map.of("mesh", List.of("D004832"))));
        assertGraphConforms(LexiconGraph.of(entries));
    }

    @Test
    void theShippedBackgroundGraphConforms() {
        Path background = Path.of("data", "background.ttl");
        assumeTrue(Files.exists(background), "data/background.ttl is not written yet");
        assertGraphConforms(RDFParser.source(background).lang(Lang.TURTLE).toGraph());
    }

    // ---- and name what is wrong in broken data

    @Test
    void aConfidenceAboveOneIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("df:confidence 0.9", "df:confidence 1.5"));
        assertReported(report, DF.confidence, "from 0 to 1");
    }

    @Test
    void aConfidenceWrittenAsADoubleIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("df:confidence 0.9", "df:confidence 9.0E-1"));
        assertReported(report, DF.confidence, "xsd:decimal");
    }

    @Test
    void aStatementWithoutItsSourceDocumentIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("prov:wasDerivedFrom doc:example.txt ;", ""));
        assertReported(report, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), "source document");
    }

    @Test
    void anEvidenceSpanThatEndsBeforeItStartsIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("oa:end \"137\"", "oa:end \"100\""));
        assertReported(report, oa("start"), "less than its oa:end");
    }

    @Test
    void anEmptyEvidenceSpanIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("oa:end \"137\"", "oa:end \"120\""));
        assertReported(report, oa("start"), "less than its oa:end");
    }

    @Test
    void anUnknownPredicateIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("rdf:predicate df:contraindication", "rdf:predicate df:curesEverything"));
        assertReported(report, RDF.predicate.asNode(), "19 drug relation properties");
    }

    @Test
    void aStatementAboutSomethingOtherThanADrugIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("rdf:subject drug:examplazepam", "rdf:subject cond:anxiety"));
        assertReported(report, RDF.subject.asNode(), "drug");
    }

    @Test
    void anUnknownExtractionMethodIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("df:method df:TypedListItem", "df:method df:Guesswork"));
        assertReported(report, DF.method, "df:TypedListItem");
    }

    @Test
    void anExtractedStatementWithoutEvidenceIsReported() {
        ValidationReport report = validate(REVIEWED_GRAPH.replace("df:CuratorReview", "df:CuePhrase"));
        assertFalse(report.conforms(), "an extracted statement without evidence passed");
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().getURI().contains("/statement/")
                        && e.message().contains("needs at least one df:evidence")),
                () -> "no entry names the missing evidence: " + describe(report));
    }

    @Test
    void aFactIsAcceptedExactlyWhenItsRelationTakesItsObjectsKind() {
        // One direct triple per (relation, kind of object), each with its own subject named for the pair.
        StringBuilder turtle = new StringBuilder(PREFIXES);
        Set<String> expectedRejected = new TreeSet<>();
        for (Relation relation : Relation.values()) {
            for (ConceptType type : ConceptType.values()) {
                String pair = relation.property() + "-" + type.pathSegment();
                turtle.append(directTriple(pair, relation, "https://w3id.org/drugfacts/id/" + type.pathSegment() + "/x"));
                if (!relation.accepts(type)) {
                    expectedRejected.add(pair);
                }
            }
            turtle.append(directTriple(relation.property() + "-unmapped", relation,
                    "https://w3id.org/drugfacts/id/concept/unmapped/x"));
        }
        ValidationReport report = validate(turtle.toString());
        Set<String> rejected = report.getEntries().stream()
                .map(e -> e.focusNode().getURI().substring(PAIR_SUBJECT_PREFIX.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedRejected, rejected,
                "the shapes' relation/object-kind patterns differ from Relation.objectTypes()");
        assertTrue(report.getEntries().stream().allMatch(e -> e.message().contains("or an unmapped concept")),
                () -> "a fact failed for another reason: " + describe(report));
    }

    private static final String PAIR_SUBJECT_PREFIX = "https://w3id.org/drugfacts/id/drug/";

    private static String directTriple(String pair, Relation relation, String object) {
        return "<%s%s> df:%s <%s> .%n".formatted(PAIR_SUBJECT_PREFIX, pair, relation.property(), object);
    }

    @Test
    void anObjectOfTheWrongKindIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace(
                "drug:examplazepam df:contraindication cond:myasthenia-gravis", "drug:examplazepam df:contraindication brand:examplonin"));
        assertReported(report, DF.contraindication, "must be a condition or population");
    }

    @Test
    void aBackgroundLinkBetweenTheWrongKindsIsReported() {
        ValidationReport report = validate(PREFIXES + """
                <https://w3id.org/drugfacts/id/mechanism/gaba-a-potentiation> df:produces cond:coma .
                eff:sedation df:endangers drug:examplazepam .
                """);
        assertReported(report, DF.produces, "must be an effect");
        assertReported(report, DF.endangers, "must be a condition");
    }

    @Test
    void aClearanceLinkBetweenTheWrongKindsIsReported() {
        ValidationReport report = validate(PREFIXES + """
                drug:examplazepam df:clearedBy eff:sedation .
                cond:liver-disease df:altersClearance drug:examplazepam .
                """);
        assertReported(report, DF.clearedBy, "the object of df:clearedBy must be a clearance process");
        assertReported(report, DF.altersClearance, "the object of df:altersClearance must be a clearance process");
    }

    @Test
    void aMalformedDigestIsReported() {
        ValidationReport report = validate(DOCUMENT_GRAPH.replace("\"3f2a0000", "\"3F2A0000"));
        assertReported(report, DF.sha256, "64 lower-case hexadecimal");
    }

    @Test
    void twoEnglishPreferredLabelsAreReported() {
        ValidationReport report = validate(LEXICON_GRAPH.replace("\"examplazepam\"@en", "\"examplazepam\"@en , \"exz\"@en"));
        assertReported(report, SKOS.prefLabel.asNode(), "at most one per language");
    }

    @Test
    void aBareIdentifierAsCrossReferenceIsReported() {
        ValidationReport report = validate(LEXICON_GRAPH.replace("<http://www.wikidata.org/entity/Q1>", "\"Q1\""));
        assertReported(report, SKOS.exactMatch.asNode(), "must be an IRI");
    }

    @Test
    void anExplanationWithAnUnknownSupportIsReported() {
        ValidationReport report = validate(DERIVED_GRAPH.replace("df:BackgroundKnowledge", "df:Hearsay"));
        assertReported(report, DF.support, "df:StatedInSource or df:BackgroundKnowledge");
    }

    // ---- helpers

    private static List<Node> dfTermsInVocabularyClass() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field field : DF.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                Node node = (Node) field.get(null);
                if (node.isURI() && node.getURI().startsWith(DF.NAMESPACE)) {
                    terms.add(node);
                }
            }
        }
        return terms;
    }

    private static Set<String> literalsOf(Node subject, Node predicate) {
        return ontology.find(subject, predicate, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
    }

    private static ValidationReport validate(String turtle) {
        Graph data = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        return ShaclValidator.get().validate(shapes, data);
    }

    private static void assertConforms(String turtle) {
        assertGraphConforms(RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
    }

    private static void assertGraphConforms(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertTrue(report.conforms(), () -> "expected to conform, got: " + describe(report));
    }

    private static EvidenceSpan span(String text, String phrase) {
        int start = text.indexOf(phrase);
        return new EvidenceSpan(start, start + phrase.length());
    }

    /** The report fails, and one of its entries is about this property with a message that names the problem. */
    private static void assertReported(ValidationReport report, Node path, String messageFragment) {
        if (report.conforms()) {
            fail("broken data passed validation; expected a violation on " + path.getLocalName());
        }
        boolean named = report.getEntries().stream().anyMatch(e -> isAbout(e, path) && e.message().contains(messageFragment));
        assertTrue(named, () -> "no entry on " + path.getLocalName() + " says '" + messageFragment + "': " + describe(report));
    }

    private static boolean isAbout(ReportEntry entry, Node path) {
        return entry.resultPath() instanceof P_Link link && link.getNode().equals(path);
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static Node df(String localName) {
        return NodeFactory.createURI(DF.NAMESPACE + localName);
    }

    private static Node schema(String localName) {
        return NodeFactory.createURI(SCHEMA + localName);
    }

    private static Node sh(String localName) {
        return NodeFactory.createURI("http://www.w3.org/ns/shacl#" + localName);
    }

    private static Node oa(String localName) {
        return NodeFactory.createURI("http://www.w3.org/ns/oa#" + localName);
    }
}
