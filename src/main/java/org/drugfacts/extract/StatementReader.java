package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;
import org.drugfacts.lexicon.Tokenizer;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Relation;

/**
 * Reads one list item or sentence, given the relations its context offers: scopes each cue over its clause,
 * finds who each statement is about, sets aside what is no object (the subject, a topic word, an explaining
 * apposition) and hands the rest to the {@link FactEmitter}. The document walk decides the context.
 */
final class StatementReader {
    /** Words that introduce examples of what precedes them: "a lung disease such as COPD" names one condition. */
    private static final Set<String> EXAMPLE_WORDS = Set.copyOf(Tokenizer.keys("such as including like ( )"));

    /** Words that may stand between a context marker and its condition. */
    private static final Set<String> DETERMINERS = Set.copyOf(Tokenizer.keys("a an the any some"));

    /**
     * What prose in a drug's section still states when the sentence does not name the drug: symptoms, product
     * details and the tests a monitoring section asks for ("You will need regular INR blood tests"), but no
     * indication ("panic attacks bring chest pain" is about the disease).
     */
    private static final Set<Relation> STATED_WITHOUT_NAMING_THE_DRUG = java.util.EnumSet.of(Relation.ADVERSE_EFFECT,
            Relation.WITHDRAWAL_SYMPTOM, Relation.OVERDOSE_SYMPTOM, Relation.OVERDOSE_MANAGEMENT,
            Relation.DOSAGE_FORM, Relation.STRENGTH, Relation.ROUTE, Relation.DOSING_FREQUENCY, Relation.MONITORING);

    private final CueBook book;
    private final SubjectResolver subjects;
    private final FactEmitter emitter;
    private final Concept mainDrug;

    StatementReader(CueBook book, SubjectResolver subjects, FactEmitter emitter) {
        this.book = book;
        this.subjects = subjects;
        this.emitter = emitter;
        this.mainDrug = subjects.mainDrug();
    }

    /** States the facts of a list item, whose relations come from its heading or its list's introduction. */
    void item(Unit u, List<Relation> rels, ExtractionMethod method) {
        if (!u.cues().isEmpty() && hasCueObjects(u)) {
            // "Benzodiazepines and other depressants: the combination can cause sedation" is still about the drug
            subjects.readItemAsSentence(true);
            sentence(u, rels, method, true, true); // read as a list item: neither flag applies
            subjects.readItemAsSentence(false);
            return;
        }
        // a list item has no subject of its own: it continues what the heading or introduction said of the drug
        Concept subject = mainDrug;
        if (subject == null) {
            return;
        }
        boolean stated = false;
        boolean anyMention = false;
        int from = causeOfSymptoms(u, rels);
        boolean[] context = populationContexts(u);
        for (int i = 0; i < u.mentions().size(); i++) {
            Mention m = u.mentions().get(i);
            if (m.firstToken() < from) {
                continue; // symptoms of the condition named after "from" / "signs of"
            }
            if (context[i] && !rels.contains(Relation.INDICATION)) {
                continue; // whom or what it is about: "- medicines for epilepsy" names no warning
            }
            if (subjects.isSubjectMention(m, subject)) {
                stated |= emitter.selfTyped(u, m, subject);
                continue;
            }
            anyMention = true;
            if (apposition(u, m, rels)) {
                continue;
            }
            if (!rels.isEmpty() && emitter.emit(u, m, subject, rels, method, Confidence.base(method))) {
                stated = true;
            } else if (emitter.selfTyped(u, m, subject)) {
                stated = true;
            }
        }
        if (!stated && !anyMention && !rels.isEmpty()) {
            emitter.unmapped(u, subject, rels.get(0), method);
        }
    }

    /**
     * Where the cause of an item's symptoms starts ("confusion and cramps from low sodium"), or 0 when the
     * item names no cause the relations take.
     */
    private int causeOfSymptoms(Unit u, List<Relation> rels) {
        for (PhraseTrie.Match<Boolean> marker : book.causeMarkers.findAll(u.tokens(), 0, u.tokens().size())) {
            if (marker.first() == 0) {
                continue;
            }
            boolean before = false;
            boolean after = false;
            for (Mention m : u.mentions()) {
                if (accepted(m, rels)) {
                    before |= m.lastToken() <= marker.first();
                    after |= m.firstToken() >= marker.last();
                }
            }
            if (before && after) {
                return marker.last();
            }
        }
        return 0;
    }

    /**
     * For each mention, whether it says whom the sentence is about: it starts right after a context marker ("in
     * people with") that is not part of a cue, or is enumerated with one that does ("in people with asthma or
     * COPD"). Such a condition is stated only as an indication.
     */
    private boolean[] populationContexts(Unit u) {
        List<Mention> mentions = u.mentions();
        boolean[] context = new boolean[mentions.size()];
        for (PhraseTrie.Match<Boolean> marker : book.contextMarkers.findAll(u.tokens(), 0, u.tokens().size())) {
            if (CueRelations.insideCue(u, marker.first(), marker.first() + 1)) {
                continue;
            }
            int first = marker.last();
            while (first < u.tokens().size() && DETERMINERS.contains(u.tokens().get(first).key())) {
                first++; // "especially if you have a lung disease"
            }
            for (int i = 0; i < mentions.size(); i++) {
                if (mentions.get(i).firstToken() != first) {
                    continue;
                }
                context[i] = true;
                for (int j = i + 1; j < mentions.size() && onlyConnectorsBetween(u, mentions.get(j - 1), mentions.get(j)); j++) {
                    context[j] = true;
                }
            }
        }
        return context;
    }

    private static boolean onlyConnectorsBetween(Unit u, Mention left, Mention right) {
        if (right.firstToken() <= left.lastToken()) {
            return false; // overlapping readings of the same words, not an enumeration
        }
        for (int t = left.lastToken(); t < right.firstToken(); t++) {
            String key = u.tokens().get(t).key();
            if (!MentionFinder.isConnector(key) && !EXAMPLE_WORDS.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasCueObjects(Unit u) {
        for (PhraseTrie.Match<Cue> c : u.cues()) {
            for (Mention m : u.mentions()) {
                if (m.firstToken() >= c.last() || m.lastToken() <= c.first()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * States the facts of a sentence of prose. {@code paragraphRefers}: some sentence of its paragraph refers
     * to a drug; {@code aboutDrug}: it, or the sentence before it in its paragraph, refers to a drug.
     */
    void proseSentence(Unit u, List<Relation> context, boolean paragraphRefers, boolean aboutDrug) {
        sentence(u, context, ExtractionMethod.SECTION_PROSE, paragraphRefers, aboutDrug);
    }

    /**
     * States the facts of one sentence: each cue's objects in its scope, then the concepts no cue took, by
     * the section's relations (section prose) or by their own type (a brand, a strength, a route).
     */
    private void sentence(Unit u, List<Relation> fallback, ExtractionMethod fallbackMethod, boolean paragraphRefers,
                          boolean aboutDrug) {
        appositiveClasses(u);
        List<PhraseTrie.Match<Cue>> cues = u.cues();
        List<Mention> mentions = u.mentions();
        boolean[] taken = new boolean[mentions.size()];
        boolean[] context = populationContexts(u);
        for (int k = 0; k < cues.size(); k++) {
            PhraseTrie.Match<Cue> cue = cues.get(k);
            Cue c = cue.values().get(0);
            int from;
            int to;
            if (c.objectsBefore()) {
                to = cue.first();
                from = to;
                int floor = k > 0 ? cues.get(k - 1).last() : 0;
                while (from > floor && !u.terminatorAt()[from - 1] && !u.terminatorAt()[from]) {
                    from--;
                }
            } else {
                from = cue.last();
                int ceiling = k + 1 < cues.size() ? cues.get(k + 1).first() : u.tokens().size();
                to = from;
                while (to < ceiling && !u.terminatorAt()[to]) {
                    to++;
                }
            }
            List<Relation> rels = CueRelations.shifted(u, cue.first(), CueRelations.relationsOf(cue));
            Concept stated = subjects.subject(u, subjectBoundary(u, cue, from));
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                // what interacts is always the main drug's interaction: a drug opening the sentence is one of them;
                // and in an interactions section, a harm that sentence names is a risk of taking the main drug with it
                // ("Carbonic anhydrase inhibitors may increase the risk of lactic acidosis", in a metformin label)
                Relation first = CueRelations.firstAccepting(rels, m);
                Concept subject = first == Relation.INTERACTION || (mainDrug != null && first == Relation.ADVERSE_EFFECT
                        && fallback.contains(Relation.INTERACTION)) ? mainDrug : stated;
                if (subject == null) {
                    continue;
                }
                // a before-cue may share its last words with the term ("anticonvulsant effects" before "effects"),
                // and a term that starts in an after-cue's scope may run into the next cue ("weakening of the effect")
                int end = c.objectsBefore() ? cue.last() : (to < u.tokens().size() && !u.terminatorAt()[to] ? Integer.MAX_VALUE : to);
                if (!c.objectsBefore() && m.firstToken() >= to) {
                    continue;
                }
                boolean cueInSameParentheses = u.parenOpen()[m.firstToken()] >= 0
                        && u.parenOpen()[cue.first()] == u.parenOpen()[m.firstToken()];
                if (m.firstToken() < from || m.lastToken() > end || subjects.isSubjectMention(m, subject)
                        || (!cueInSameParentheses && apposition(u, m, rels))
                        || (c.objectsBefore() && taken[i])) {
                    continue; // an earlier cue already stated it ("used to treat X that may occur as a side effect")
                }
                if (CueRelations.isTopic(u, m)) {
                    continue;
                }
                List<Relation> own = CueRelations.inSection(CueRelations.shifted(u, m.firstToken(), CueRelations.relationsOf(cue)), fallback);
                if (context[i] && !own.contains(Relation.INDICATION)) {
                    continue; // whom it is about; an indication's population is treated too ("seizures in people with JME")
                }
                if (emitter.emit(u, m, subject, own, ExtractionMethod.CUE_PHRASE, Confidence.CUE_PHRASE, !c.objectsBefore())) {
                    taken[i] = true;
                }
            }
        }
        Concept subject = fallback.contains(Relation.INTERACTION) ? mainDrug : subjects.subject(u, u.tokens().size());
        if (subject == null) {
            return;
        }
        boolean proseAboutOther = fallbackMethod == ExtractionMethod.SECTION_PROSE && !subject.equals(mainDrug);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (taken[i] || CueRelations.insideCue(u, m)) {
                continue;
            }
            if (subjects.isSubjectMention(m, subject)) {
                emitter.selfTyped(u, m, subject);
                continue;
            }
            if (CueRelations.isTopic(u, m)) {
                emitter.selfTyped(u, m, subject); // "abrupt discontinuation" is a topic and a warning of its own
                continue;
            }
            List<Relation> rels = CueRelations.shifted(u, m.firstToken(), fallback);
            if (context[i] && !rels.contains(Relation.INDICATION)) {
                continue;
            }
            if (fallbackMethod == ExtractionMethod.SECTION_PROSE && !paragraphRefers) {
                emitter.selfTyped(u, m, subject);
                continue; // a paragraph that never names the drug is about something else (a disease, sleep)
            }
            if (fallbackMethod == ExtractionMethod.SECTION_PROSE && !aboutDrug) {
                // about a disease or something else: "panic attacks bring chest pain" states no indication
                rels = new ArrayList<>(rels);
                rels.retainAll(STATED_WITHOUT_NAMING_THE_DRUG);
            }
            if (fallbackMethod == ExtractionMethod.SECTION_PROSE && rels.contains(Relation.WARNING) && !emitter.isWarningByNature(m)) {
                rels = new ArrayList<>(rels);
                rels.remove(Relation.WARNING);
            }
            if (fallbackMethod == ExtractionMethod.SECTION_PROSE && rels.contains(Relation.POPULATION_CAUTION)) {
                // prose in a cautions section names people in passing ("children of women who took it");
                // populations are stated by cues and by the self-typed cautions (pregnancy, breastfeeding)
                rels = new ArrayList<>(rels);
                rels.remove(Relation.POPULATION_CAUTION);
            }
            if (rels.isEmpty() || proseAboutOther || apposition(u, m, rels)
                    || !emitter.emit(u, m, subject, rels, fallbackMethod, Confidence.base(fallbackMethod))) {
                emitter.selfTyped(u, m, subject); // what the section cannot take may still state itself ("older adults")
            }
        }
    }

    /**
     * The subject of a cue is named before this token: before the cue, or before a before-cue's objects; a
     * cue that opens with the drug ("{drug}, an") names its subject itself, so "Diazepam, an anticonvulsant"
     * describes diazepam whichever drug the document is about.
     */
    private static int subjectBoundary(Unit u, PhraseTrie.Match<Cue> cue, int objectsFrom) {
        Cue c = cue.values().get(0);
        if (c.objectsBefore()) {
            return objectsFrom;
        }
        if (c.phrase().startsWith(PhraseTrie.SLOT)) {
            for (Mention m : u.mentions()) {
                if (m.firstToken() == cue.first()) {
                    return m.lastToken();
                }
            }
        }
        return cue.first();
    }

    /**
     * "flumazenil (a benzodiazepine antagonist)" or "alprazolam, a benzodiazepine": a class in apposition to a
     * drug is that drug's class, whichever drug it is.
     */
    private void appositiveClasses(Unit u) {
        List<Mention> mentions = u.mentions();
        List<Token> tokens = u.tokens();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention drug = mentions.get(i);
            Mention klass = mentions.get(i + 1);
            Concept d = subjects.drugOf(drug);
            if (d == null || !klass.names(ConceptType.DRUG_CLASS) || drug.ofType(ConceptType.BRAND) != null) {
                continue;
            }
            int between = klass.firstToken() - drug.lastToken();
            if (between != 2) {
                continue;
            }
            String open = tokens.get(drug.lastToken()).key();
            String article = tokens.get(drug.lastToken() + 1).key();
            if (open.equals("(") && (article.equals("a") || article.equals("an"))) {
                emitter.add(d, Relation.DRUG_CLASS, klass.ofType(ConceptType.DRUG_CLASS), klass.start(), klass.end(),
                        d.equals(mainDrug) ? Confidence.CUE_PHRASE : Confidence.CUE_PHRASE * Confidence.CLASS_LEVEL_FACTOR,
                        ExtractionMethod.CUE_PHRASE, false);
            }
        }
    }

    /** Whether one of the relations accepts one of the mention's concepts. */
    private static boolean accepted(Mention m, List<Relation> rels) {
        for (Concept c : m.concepts()) {
            for (Relation r : rels) {
                if (r.accepts(c.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A mention inside parentheses right after another mention explains that one ("panic attacks (sudden
     * fear)") and states nothing of its own; parentheses that give examples ("e.g.", "such as") do, and so
     * do parentheses after a word the relation cannot take ("in adults (mainly myoclonic seizures)").
     */
    private static boolean apposition(Unit u, Mention m, List<Relation> rels) {
        int open = u.parenOpen()[m.firstToken()];
        if (open < 0) {
            return false;
        }
        List<Token> tokens = u.tokens();
        if (open + 1 < tokens.size()) {
            String k = tokens.get(open + 1).key();
            if (k.equals("e") || k.equals("eg") || k.equals("such") || k.equals("including") || k.equals("for")
                    || k.equals("like") || k.equals("with") || k.equals("mainly") || k.equals("especially")) {
                return false;
            }
        }
        if (m.firstToken() == open + 1 && m.lastToken() < tokens.size() && tokens.get(m.lastToken()).key().equals(")")) {
            return false; // "depression (major depressive disorder)": another name, stated as well
        }
        int enumerated = 0;
        for (Mention inside : u.mentions()) {
            if (inside.firstToken() > open && u.parenOpen()[inside.firstToken()] == open && accepted(inside, rels)) {
                enumerated++;
            }
        }
        if (enumerated >= 2) {
            return false; // "CYP3A4 inhibitors (ketoconazole, itraconazole)" lists members, it does not define
        }
        for (Mention other : u.mentions()) {
            if (other.lastToken() == open) {
                for (Concept c : other.concepts()) {
                    for (Relation r : rels) {
                        if (r.accepts(c.type())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
