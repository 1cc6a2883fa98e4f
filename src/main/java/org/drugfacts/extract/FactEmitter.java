package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.Token;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.EvidenceSpan;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.Relation;
import org.drugfacts.model.SourceDocument;

/**
 * States facts once the reading has found a subject, a mention and the relations its context offers: picks
 * the relation the mention's type fits, drops negated mentions, lowers the confidence of hedged ones and of
 * class-level statements, and mints unmapped concepts for typed list items the lexicon does not know. Collects
 * the facts of one document, in the order they are stated.
 */
final class FactEmitter {
    /** An unknown item longer than this is a phrase or a clause, not the name of a concept. */
    private static final int MAX_UNMAPPED_WORDS = 5;

    /** Relations whose objects may be minted from a list item the lexicon does not know. */
    private static final Set<Relation> UNMAPPED_RELATIONS = java.util.EnumSet.of(Relation.ADVERSE_EFFECT,
            Relation.WITHDRAWAL_SYMPTOM, Relation.OVERDOSE_SYMPTOM, Relation.INDICATION, Relation.CONTRAINDICATION);

    private final SourceDocument document;
    private final String text;
    private final CueBook book;
    private final SubjectResolver subjects;
    private final Concept mainDrug;
    private final List<Fact> facts = new ArrayList<>();

    FactEmitter(SourceDocument document, CueBook book, SubjectResolver subjects) {
        this.document = document;
        this.text = document.text();
        this.book = book;
        this.subjects = subjects;
        this.mainDrug = subjects.mainDrug();
    }

    /** The facts stated so far, in the order they were stated. */
    List<Fact> facts() {
        return facts;
    }

    /** A typed list item the lexicon knows nothing in: its short noun phrase becomes an unmapped concept. */
    void unmapped(Unit u, Concept subject, Relation relation, ExtractionMethod method) {
        List<Token> tokens = u.tokens();
        int first = 0;
        int last = tokens.size();
        while (first < last && !tokens.get(first).word()) {
            first++;
        }
        while (last > first && !tokens.get(last - 1).word()) {
            last--;
        }
        for (int i = first; i < last; i++) {
            if (!tokens.get(i).word() || u.negatedBefore(i)) {
                return; // punctuation inside: a clause or an enumeration, not one noun phrase
            }
        }
        while (first < last && book.modifiers.contains(tokens.get(first).key())) {
            first++;
        }
        int words = last - first;
        if (words == 0 || words > MAX_UNMAPPED_WORDS) {
            return;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last - 1).end();
        String label = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (!UNMAPPED_RELATIONS.contains(relation)) {
            return; // classes, drugs, forms: a name the lexicon lacks is more likely noise than a new one
        }
        ConceptType type = ConceptType.CONDITION;
        Concept concept = new Concept(type, Concept.slugOf(label), label, false);
        double confidence = Confidence.base(method) * Confidence.UNMAPPED_FACTOR * SubjectResolver.subjectFactor(subject);
        add(subject, relation, concept, start, end, confidence, method, false);
    }

    /**
     * Prose in a warnings section names many risks; only those that are warnings by nature (dependence,
     * tolerance, driving: listed in concept-relations.tsv or self-typed.tsv) are stated without a cue.
     */
    boolean isWarningByNature(Mention m) {
        for (Concept c : m.concepts()) {
            if (book.selfTyped(c) == Relation.WARNING || book.conceptRelation(c, Relation.ADVERSE_EFFECT) == Relation.WARNING) {
                return true;
            }
        }
        return false;
    }

    /** A concept that names its own relation wherever it stands: a brand of the drug, a strength, a route. */
    boolean selfTyped(Unit u, Mention m, Concept subject) {
        if (!subject.equals(mainDrug)) {
            return false; // "Valium 10 mg" in an article about another drug is a mention, not a statement
        }
        if (m.names(ConceptType.BRAND)) {
            Concept brand = m.ofType(ConceptType.BRAND);
            if (subject.type() == ConceptType.DRUG && subject.equals(subjects.drugOfBrand(brand))) {
                add(subject, Relation.BRAND_NAME, brand, m.start(), m.end(), Confidence.SELF_TYPED,
                        ExtractionMethod.CUE_PHRASE, false);
                return true;
            }
            return false;
        }
        if (subject.type() != ConceptType.DRUG) {
            return false;
        }
        List<Relation> rels;
        if (m.names(ConceptType.STRENGTH)) {
            if (u.kind() != Block.Kind.ITEM && !names(u, ConceptType.DOSAGE_FORM)) {
                return false; // "give 0.2 mg over 15 seconds" is a dose; a strength comes with its form
            }
            rels = List.of(Relation.STRENGTH);
        } else if (m.names(ConceptType.ROUTE)) {
            rels = List.of(Relation.ROUTE);
        } else if (m.names(ConceptType.FREQUENCY)) {
            rels = List.of(Relation.DOSING_FREQUENCY);
        } else if (m.names(ConceptType.DOSAGE_FORM) && (u.kind() == Block.Kind.ITEM || hasStrength(u))) {
            rels = List.of(Relation.DOSAGE_FORM);
        } else {
            rels = null;
            for (Concept c : m.concepts()) {
                Relation r = book.selfTyped(c);
                if (r != null) {
                    rels = List.of(r);
                    break;
                }
            }
            if (rels == null) {
                return false;
            }
        }
        // negatable: "it is not habit forming" states no dependence; "do not drive" stays a warning (see emit)
        return emit(u, m, subject, rels, ExtractionMethod.CUE_PHRASE, Confidence.SELF_TYPED);
    }

    private static boolean hasStrength(Unit u) {
        return names(u, ConceptType.STRENGTH);
    }

    private static boolean names(Unit u, ConceptType type) {
        for (Mention m : u.mentions()) {
            if (m.names(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * States the mention as the object of the first relation that accepts one of its concepts, unless it is
     * negated; hedged mentions get a lower confidence. Returns whether a relation accepted it (a negated
     * mention counts as taken, so nothing else states it either).
     */
    boolean emit(Unit u, Mention m, Concept subject, List<Relation> rels, ExtractionMethod method, double base) {
        return emit(u, m, subject, rels, method, base, true);
    }

    /**
     * As above; {@code negatable} is false for a cue whose objects precede it ("no alcohol should be
     * consumed"), where the negation word makes a prohibition, not a denial.
     */
    boolean emit(Unit u, Mention m, Concept subject, List<Relation> rels, ExtractionMethod method, double base,
                         boolean negatable) {
        Relation relation = null;
        Concept object = null;
        for (Relation r : rels) {
            for (Concept c : m.concepts()) {
                if (r.accepts(c.type())) {
                    relation = r;
                    object = c;
                    break;
                }
            }
            if (relation != null) {
                break;
            }
        }
        if (relation == null || object.equals(subject)) {
            return false;
        }
        if (relation == Relation.DRUG_CLASS && u.qualifiesNextClass(m)) {
            return true; // "a sedative antihistamine" is an antihistamine: the next mention states the class
        }
        if (relation == Relation.INTERACTION && u.namesAllergen(m.firstToken())) {
            return true; // "allergic to aspirin": the allergy is the fact (hypersensitivity), not a combination
        }
        Relation instead = book.conceptRelation(object, relation);
        if (instead != null && instead.accepts(object.type())) {
            relation = instead;
        }
        if ((relation == Relation.ANTIDOTE || relation == Relation.DRUG_CLASS) && subject.type() != ConceptType.DRUG) {
            return false; // a class's own class ("anxiolytics are psychotropic drugs") is no drug fact
        }
        // "do not drive" is the warning itself: a prohibition, not a denial
        negatable &= !(relation == Relation.WARNING && object.type() == ConceptType.ACTIVITY);
        // "you must not take it with X" forbids the combination: a prohibition states interactions and warnings
        boolean forbiddable = relation == Relation.INTERACTION || relation == Relation.WARNING;
        if (negatable && (u.negatedBefore(m.firstToken(), forbiddable)
                || (method == ExtractionMethod.SECTION_PROSE && u.negatedAfter(m.lastToken(), forbiddable)))) {
            return true;
        }
        double hedge = u.hedgeFactor(m.firstToken());
        if (relation == Relation.ADVERSE_EFFECT && object.type() == ConceptType.EFFECT && hedge == 1.0
                && method == ExtractionMethod.CUE_PHRASE && !u.speaksOfRisk(m.firstToken())) {
            // "it causes CNS depression" states what the drug does; "may cause" or "the risk of" an unwanted one
            relation = Relation.PHARMACOLOGIC_EFFECT;
        }
        double confidence = base * hedge * SubjectResolver.subjectFactor(subject);
        add(subject, relation, object, m.start(), m.end(), confidence, method, hedge < 1.0);
        return true;
    }

    /** States one fact as found, with its evidence span: the single place facts are made. */
    void add(Concept subject, Relation relation, Concept object, int start, int end, double confidence,
             ExtractionMethod method, boolean hedged) {
        facts.add(new Fact(subject, relation, object, document.fileName(), new EvidenceSpan(start, end),
                Confidence.round(confidence), method, hedged));
    }

    /** The mention names a concept that states its own relation (self-typed.tsv): a caution, a warning. */
    boolean isSelfTypedConcept(Mention m) {
        for (Concept c : m.concepts()) {
            if (book.selfTyped(c) != null) {
                return true;
            }
        }
        return false;
    }
}
