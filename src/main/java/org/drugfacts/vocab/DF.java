package org.drugfacts.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The drugfacts ontology's terms as constants, one per term, so that code never spells an IRI by hand.
 * Every term here is defined in {@code ontology/drugfacts.ttl}; a test checks that both agree.
 */
public final class DF {
    public static final String NAMESPACE = "https://w3id.org/drugfacts/ontology#";
    public static final String PREFIX = "df";

    /** Base of every resource the project mints; a deployment may publish under another base. */
    public static final String BASE = "https://w3id.org/drugfacts/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    private DF() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NAMESPACE + localName);
    }

    // Concept classes (see ConceptType)
    public static final Node Concept = term("Concept");
    public static final Node Drug = term("Drug");
    public static final Node DrugClass = term("DrugClass");
    public static final Node BrandName = term("BrandName");
    public static final Node Substance = term("Substance");
    public static final Node Condition = term("Condition");
    public static final Node PharmacologicEffect = term("PharmacologicEffect");
    public static final Node MechanismOfAction = term("MechanismOfAction");
    public static final Node DosageForm = term("DosageForm");
    public static final Node Strength = term("Strength");
    public static final Node Route = term("Route");
    public static final Node DosingFrequency = term("DosingFrequency");
    public static final Node MonitoringTest = term("MonitoringTest");
    public static final Node Population = term("Population");
    public static final Node Procedure = term("Procedure");
    public static final Node Activity = term("Activity");

    // Evidence and provenance classes
    public static final Node Statement = term("Statement");
    public static final Node SourceDocument = term("SourceDocument");
    public static final Node ExtractionMethod = term("ExtractionMethod");
    public static final Node Explanation = term("Explanation");
    public static final Node FactSummary = term("FactSummary");

    // Relations of a drug (see Relation); the direct triple uses these
    public static final Node drugClass = term("drugClass");
    public static final Node brandName = term("brandName");
    public static final Node mechanismOfAction = term("mechanismOfAction");
    public static final Node pharmacologicEffect = term("pharmacologicEffect");
    public static final Node indication = term("indication");
    public static final Node contraindication = term("contraindication");
    public static final Node adverseEffect = term("adverseEffect");
    public static final Node interactsWith = term("interactsWith");
    public static final Node withdrawalSymptom = term("withdrawalSymptom");
    public static final Node overdoseSymptom = term("overdoseSymptom");
    public static final Node overdoseManagement = term("overdoseManagement");
    public static final Node antidote = term("antidote");
    public static final Node dosageForm = term("dosageForm");
    public static final Node strength = term("strength");
    public static final Node route = term("route");
    public static final Node dosingFrequency = term("dosingFrequency");
    public static final Node monitoring = term("monitoring");
    public static final Node warning = term("warning");
    public static final Node populationCaution = term("populationCaution");

    // Pharmacology background and reasoning
    /** A mechanism produces an effect (GABA-A potentiation produces CNS depression). */
    public static final Node produces = term("produces");
    /** An effect endangers a condition (respiratory depression endangers severe respiratory failure). */
    public static final Node endangers = term("endangers");
    /** A drug is cleared by a process (clonazepam by CYP3A4 metabolism). */
    public static final Node clearedBy = term("clearedBy");
    /** A condition or mechanism slows or speeds a clearance process (liver disease, hepatic clearance). */
    public static final Node altersClearance = term("altersClearance");
    /** An explanation's effect, mechanism or clearance process. */
    public static final Node explainedBy = term("explainedBy");
    /** The explained fact's subject, relation and object. */
    public static final Node explainsSubject = term("explainsSubject");
    public static final Node explainsRelation = term("explainsRelation");
    public static final Node explainsObject = term("explainsObject");
    /** Which rule derived an explanation. */
    public static final Node derivedBy = term("derivedBy");
    /** Whether a source document states the links an explanation rests on, or they are background knowledge. */
    public static final Node support = term("support");
    public static final Node Support = term("Support");
    public static final Node StatedInSource = term("StatedInSource");
    public static final Node BackgroundKnowledge = term("BackgroundKnowledge");

    /** A class, mechanism or effect a drug has, by whatever path (derived, for similarity). */
    public static final Node trait = term("trait");

    // Fact summaries (derived): one per fact, over every statement of it
    public static final Node factSubject = term("factSubject");
    public static final Node factRelation = term("factRelation");
    public static final Node factObject = term("factObject");
    /** Distinct source documents that state the fact. */
    public static final Node sourceCount = term("sourceCount");
    public static final Node bestConfidence = term("bestConfidence");
    public static final Node sourceFiles = term("sourceFiles");

    // Lexicon
    /** A brand name's drug. */
    public static final Node brandOf = term("brandOf");
    /** False for a concept the extractor found but the lexicon lacks. */
    public static final Node mapped = term("mapped");

    // Statements and evidence
    public static final Node confidence = term("confidence");
    public static final Node method = term("method");
    public static final Node hedged = term("hedged");
    public static final Node evidence = term("evidence");
    public static final Node section = term("section");
    public static final Node fileName = term("fileName");
    public static final Node sha256 = term("sha256");
    public static final Node characterCount = term("characterCount");
}
