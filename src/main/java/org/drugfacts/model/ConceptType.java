package org.drugfacts.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of concept the lexicon knows. Each kind has its own IRI path ({@code id:drug/...}), its own
 * ontology class and its own lexicon file in {@code data/lexicon/}.
 */
public enum ConceptType {
    DRUG("drug", "Drug", "drugs"),
    DRUG_CLASS("drug-class", "DrugClass", "drug-classes"),
    BRAND("brand", "BrandName", "brands"),
    SUBSTANCE("substance", "Substance", "substances"),
    CONDITION("condition", "Condition", "conditions"),
    EFFECT("effect", "PharmacologicEffect", "effects"),
    MECHANISM("mechanism", "MechanismOfAction", "mechanisms"),
    DOSAGE_FORM("dosage-form", "DosageForm", "dosage-forms"),
    STRENGTH("strength", "Strength", "strengths"),
    ROUTE("route", "Route", "routes"),
    FREQUENCY("frequency", "DosingFrequency", "frequencies"),
    TEST("test", "MonitoringTest", "tests"),
    POPULATION("population", "Population", "populations"),
    PROCEDURE("procedure", "Procedure", "procedures"),
    ACTIVITY("activity", "Activity", "activities");

    private final String pathSegment;
    private final String ontologyClass;
    private final String lexiconFile;

    ConceptType(String pathSegment, String ontologyClass, String lexiconFile) {
        this.pathSegment = pathSegment;
        this.ontologyClass = ontologyClass;
        this.lexiconFile = lexiconFile;
    }

    /** The IRI path segment, as in {@code https://w3id.org/drugfacts/id/drug-class/benzodiazepines}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** Local name of the ontology class in the {@code df:} namespace. */
    public String ontologyClass() {
        return ontologyClass;
    }

    /** Base name of the lexicon file, {@code data/lexicon/<name>.tsv}. */
    public String lexiconFile() {
        return lexiconFile;
    }

    public static Optional<ConceptType> fromPathSegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.pathSegment.equals(segment)).findFirst();
    }

    public static Optional<ConceptType> fromLexiconFile(String baseName) {
        return Arrays.stream(values()).filter(t -> t.lexiconFile.equals(baseName)).findFirst();
    }
}
