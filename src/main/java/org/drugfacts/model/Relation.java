package org.drugfacts.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.drugfacts.model.ConceptType.*;

/**
 * The relations a fact can state about a drug (or a whole drug class). The TSV name is what
 * {@code drugfacts extract} prints; the property is the ontology term in the {@code df:} namespace; the object
 * types are the kinds of concept the relation accepts, which is what lets the extractor reject a mention of
 * the wrong kind (a drug class is never an adverse effect).
 */
public enum Relation {
    DRUG_CLASS("drug_class", "drugClass", EnumSet.of(ConceptType.DRUG_CLASS)),
    BRAND_NAME("brand_name", "brandName", EnumSet.of(BRAND)),
    MECHANISM_OF_ACTION("mechanism_of_action", "mechanismOfAction", EnumSet.of(MECHANISM)),
    PHARMACOLOGIC_EFFECT("pharmacologic_effect", "pharmacologicEffect", EnumSet.of(EFFECT)),
    INDICATION("indication", "indication", EnumSet.of(CONDITION)),
    CONTRAINDICATION("contraindication", "contraindication", EnumSet.of(CONDITION, POPULATION)),
    ADVERSE_EFFECT("adverse_effect", "adverseEffect", EnumSet.of(CONDITION, EFFECT)),
    INTERACTION("interaction", "interactsWith", EnumSet.of(DRUG, ConceptType.DRUG_CLASS, SUBSTANCE)),
    WITHDRAWAL_SYMPTOM("withdrawal_symptom", "withdrawalSymptom", EnumSet.of(CONDITION)),
    OVERDOSE_SYMPTOM("overdose_symptom", "overdoseSymptom", EnumSet.of(CONDITION, EFFECT)),
    OVERDOSE_MANAGEMENT("overdose_management", "overdoseManagement", EnumSet.of(PROCEDURE, TEST)),
    ANTIDOTE("antidote", "antidote", EnumSet.of(DRUG)),
    DOSAGE_FORM("dosage_form", "dosageForm", EnumSet.of(ConceptType.DOSAGE_FORM)),
    STRENGTH("strength", "strength", EnumSet.of(ConceptType.STRENGTH)),
    ROUTE("route", "route", EnumSet.of(ConceptType.ROUTE)),
    DOSING_FREQUENCY("dosing_frequency", "dosingFrequency", EnumSet.of(FREQUENCY)),
    MONITORING("monitoring", "monitoring", EnumSet.of(TEST)),
    WARNING("warning", "warning", EnumSet.of(CONDITION, ACTIVITY, EFFECT)),
    POPULATION_CAUTION("population_caution", "populationCaution", EnumSet.of(POPULATION));

    private final String tsvName;
    private final String property;
    private final Set<ConceptType> objectTypes;

    Relation(String tsvName, String property, Set<ConceptType> objectTypes) {
        this.tsvName = tsvName;
        this.property = property;
        this.objectTypes = objectTypes;
    }

    /** The name in TSV output and in gold files, e.g. {@code adverse_effect}. */
    public String tsvName() {
        return tsvName;
    }

    /** Local name of the ontology property in the {@code df:} namespace, e.g. {@code adverseEffect}. */
    public String property() {
        return property;
    }

    public Set<ConceptType> objectTypes() {
        return objectTypes;
    }

    public boolean accepts(ConceptType type) {
        return objectTypes.contains(type);
    }

    public static Optional<Relation> fromTsvName(String name) {
        return Arrays.stream(values()).filter(r -> r.tsvName.equals(name)).findFirst();
    }

    public static Optional<Relation> fromProperty(String localName) {
        return Arrays.stream(values()).filter(r -> r.property.equals(localName)).findFirst();
    }
}
