package org.drugfacts.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.Tokenizer;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * Who a document's statements are about: its main drug, another drug or a class that opens a sentence, or
 * the class a "they" refers back to. Keeps the little state that needs (the class that opened the previous
 * sentence, whether a list item is being read as a sentence). One instance per document.
 */
final class SubjectResolver {
    /** A drug or class this many words or fewer into a sentence opens it, and so is what it is about. */
    private static final int MAX_CLASS_SUBJECT_POSITION = 2;

    /** A drug named this often is what the document is about even when its title does not name it. */
    private static final int MIN_MAIN_DRUG_MENTIONS = 2;

    /** Words that open a sentence about what the previous sentence was about. */
    private static final Set<String> PRONOUNS = Set.of("they", "their", "its");

    /** Words that open a comparison with another drug or class, not a sentence about it. */
    private static final Set<String> COMPARISONS = Set.copyOf(Tokenizer.keys("like unlike"));

    private final Lexicon lexicon;
    /** The drug the document is about, or null when it names none. */
    private final Concept mainDrug;
    /** A list item is read as a sentence: its subject is the document's drug, whatever it opens with. */
    private boolean itemSubject;
    /** The class that opened the previous sentence of the paragraph, for "they". */
    private Concept previousOpeningClass;

    SubjectResolver(Lexicon lexicon, List<Unit> units) {
        this.lexicon = lexicon;
        this.mainDrug = findMainDrug(units);
    }

    Concept mainDrug() {
        return mainDrug;
    }

    /** A new paragraph: a "they" in it cannot refer to a class of the previous one. */
    void paragraphStarts() {
        previousOpeningClass = null;
    }

    /** The sentence has been read: a "they" opening the next one refers to the class it opened with. */
    void sentenceRead(Unit u) {
        previousOpeningClass = openingClass(u);
    }

    /** While true, every statement is about the main drug, whatever the unit opens with (a list item). */
    void readItemAsSentence(boolean item) {
        itemSubject = item;
    }

    /**
     * The drug the document is about: the most mentioned one, a brand counting for its drug. A drug named
     * once, and not where a subject stands (a heading, the opening words of a sentence), is only named in passing
     * ("do not take it with diltiazem"): the document is about a drug the lexicon does not know, and has no
     * main drug rather than a wrong one.
     */
    private Concept findMainDrug(List<Unit> units) {
        Concept best = mostMentionedDrug(units);
        if (best == null || mentionsOf(units, best) >= MIN_MAIN_DRUG_MENTIONS) {
            return best;
        }
        for (Unit u : units) {
            for (Mention m : u.mentions()) {
                if (!u.spam() && best.equals(drugOf(m))
                        && (u.kind() == Block.Kind.HEADING || wordsBefore(u, m) <= MAX_CLASS_SUBJECT_POSITION)) {
                    return best;
                }
            }
        }
        return null;
    }

    private int mentionsOf(List<Unit> units, Concept drug) {
        int count = 0;
        for (Unit u : units) {
            for (Mention m : u.mentions()) {
                if (!u.spam() && drug.equals(drugOf(m))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The drug named most often; between drugs named equally often, the one named first: a label names its
     * active ingredient before the drugs it warns about ("Active ingredient: ibuprofen ... ask a doctor if you
     * take aspirin").
     */
    private Concept mostMentionedDrug(List<Unit> units) {
        Map<Concept, Integer> counts = new LinkedHashMap<>();
        for (Unit u : units) {
            if (u.spam()) {
                continue;
            }
            for (Mention m : u.mentions()) {
                Concept drug = drugOf(m);
                if (drug != null) {
                    counts.merge(drug, 1, Integer::sum);
                }
            }
        }
        Concept best = null;
        int bestCount = 0;
        for (Map.Entry<Concept, Integer> e : counts.entrySet()) { // in order of first mention
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The drug a mention names, directly or through a brand, or null. */
    Concept drugOf(Mention m) {
        Concept drug = m.ofType(ConceptType.DRUG);
        if (drug != null) {
            return drug;
        }
        Concept brand = m.ofType(ConceptType.BRAND);
        return brand == null ? null : drugOfBrand(brand);
    }

    Concept drugOfBrand(Concept brand) {
        return lexicon.get(ConceptType.BRAND, brand.slug())
                .flatMap(entry -> entry.parents().stream().findFirst())
                .flatMap(slug -> lexicon.get(ConceptType.DRUG, slug))
                .map(LexiconEntry::concept).orElse(null);
    }

    /** The unit names a drug, a brand or a class, or refers back to the drug ("it", "this medicine"). */
    boolean refersToDrug(Unit u) {
        for (Mention m : u.mentions()) {
            if (drugOf(m) != null || m.names(ConceptType.DRUG_CLASS)) {
                return true;
            }
        }
        return u.refersBack();
    }

    /**
     * Who a statement is about, from the drug, brand or class mentions before the cue: the main drug when it
     * is named there (or nothing is), another drug or a class when it opens the sentence ("Benzodiazepines
     * are used to ..."). Interactions are always the main drug's: a drug at the start of a sentence in an
     * interactions section is one of the interacting drugs. Null when the document has no main drug and no class.
     */
    Concept subject(Unit u, int before) {
        if (itemSubject) {
            return mainDrug;
        }
        Concept other = null;
        Concept klass = null;
        for (Mention m : u.mentions()) {
            if (m.firstToken() >= before) {
                break;
            }
            Concept drug = drugOf(m);
            if (drug != null) {
                if (drug.equals(mainDrug)) {
                    return mainDrug;
                }
                if (other == null && wordsBefore(u, m) <= MAX_CLASS_SUBJECT_POSITION && !comparedWith(u, m)) {
                    other = drug;
                }
            } else if (m.names(ConceptType.DRUG_CLASS) && klass == null && !u.qualifiesNextClass(m) && !comparedWith(u, m)
                    && (wordsBefore(u, m) <= MAX_CLASS_SUBJECT_POSITION || opensClause(u, m))) {
                klass = m.ofType(ConceptType.DRUG_CLASS);
            }
        }
        if (other != null) {
            return other;
        }
        if (klass != null) {
            return klass;
        }
        if (previousOpeningClass != null && !u.tokens().isEmpty() && PRONOUNS.contains(u.tokens().get(0).key())) {
            return previousOpeningClass; // "Benzodiazepines ... . They may produce dependence."
        }
        return mainDrug;
    }

    /**
     * The class a sentence is about when it names no drug ("Benzodiazepines, such as X, are ...", "The use
     * of benzodiazepines is ..."), for a pronoun opening the next sentence; null when it names a drug.
     */
    private Concept openingClass(Unit u) {
        Concept klass = null;
        for (Mention m : u.mentions()) {
            if (m.names(ConceptType.DRUG_CLASS) && u.qualifiesNextClass(m)) {
                continue;
            }
            if (m.names(ConceptType.DRUG_CLASS) && wordsBefore(u, m) <= MAX_CLASS_SUBJECT_POSITION) {
                return m.ofType(ConceptType.DRUG_CLASS); // it opens the sentence: "Benzodiazepines, such as X, ..."
            }
            if (drugOf(m) != null) {
                return null;
            }
            if (klass == null && m.names(ConceptType.DRUG_CLASS)) {
                klass = m.ofType(ConceptType.DRUG_CLASS);
            }
        }
        return klass;
    }

    /** The mention opens a clause after ", as" or a terminator ("..., as benzodiazepines should ..."). */
    private static boolean opensClause(Unit u, Mention m) {
        int i = m.firstToken() - 1;
        if (i < 1) {
            return false;
        }
        String k = u.tokens().get(i).key();
        return u.terminatorAt()[i] || (k.equals("as") && u.tokens().get(i - 1).key().equals(","));
    }

    /**
     * The drug or class stands in an opening comparison ("Like all antidepressants, it carries a warning",
     * "Unlike diazepam, it ..."): what the sentence is about comes after it.
     */
    private static boolean comparedWith(Unit u, Mention m) {
        if (u.tokens().isEmpty() || !COMPARISONS.contains(u.tokens().get(0).key())) {
            return false;
        }
        for (int i = 1; i < m.firstToken(); i++) {
            if (!u.tokens().get(i).word()) {
                return false; // the comparison ended before the mention ("Like X, Y ...": Y is after the comma)
            }
        }
        return true;
    }

    private static int wordsBefore(Unit u, Mention m) {
        int words = 0;
        for (int i = 0; i < m.firstToken(); i++) {
            if (u.tokens().get(i).word()) {
                words++;
            }
        }
        return words;
    }

    /** The mention names the subject or the main drug (or one of their brands): it is no object. */
    boolean isSubjectMention(Mention m, Concept subject) {
        Concept drug = drugOf(m);
        if (drug != null && (drug.equals(subject) || drug.equals(mainDrug))) {
            return true;
        }
        return subject.type() == ConceptType.DRUG_CLASS && m.concepts().contains(subject);
    }

    /** Class-level statements are less certain than what is said of the drug itself. */
    static double subjectFactor(Concept subject) {
        return subject.type() == ConceptType.DRUG_CLASS ? Confidence.CLASS_LEVEL_FACTOR : 1.0;
    }
}
