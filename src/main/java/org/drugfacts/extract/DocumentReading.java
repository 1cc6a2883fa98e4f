package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.lexicon.LexiconMatcher;
import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.EvidenceSpan;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.Relation;
import org.drugfacts.model.SourceDocument;

/**
 * The reading of one document: cut into units, find the main drug, then walk the units in order keeping the
 * section (from the last heading) and the list context (from the last sentence that introduced a list), and
 * state facts from list items, cue phrases and typed-section prose. One instance per document, one thread.
 */
final class DocumentReading {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentReading.class);
    /** A document whose lines are mostly commercial is a spam page: it states nothing. */
    private static final double SPAM_PAGE_SHARE = 0.4;
    private static final int MIN_OFF_TOPIC_SENTENCES = 4;
    /** Sections whose prose lists symptoms without naming the drug in every sentence. */
    private static final Set<Relation> SYMPTOM_RELATIONS = java.util.EnumSet.of(Relation.ADVERSE_EFFECT,
            Relation.WITHDRAWAL_SYMPTOM, Relation.OVERDOSE_SYMPTOM, Relation.OVERDOSE_MANAGEMENT,
            Relation.DOSAGE_FORM, Relation.STRENGTH, Relation.ROUTE, Relation.DOSING_FREQUENCY);
    private static final int MAX_BARE_ITEM_WORDS = 10;

    private final SourceDocument document;
    private final String text;
    private final Lexicon lexicon;
    private final LexiconMatcher matcher;
    private final CueBook book;
    private final CueRelations cueRelations;
    private FactEmitter emitter;
    private SubjectResolver subjects;
    private Concept mainDrug;
    /** Whether any sentence of the current paragraph refers to a drug. */
    private boolean paragraphRefers = true;
    /** Whether the sentence being read, or the one before it in its paragraph, refers to a drug. */
    private boolean aboutDrug = true;

    DocumentReading(SourceDocument document, Lexicon lexicon, CueBook book) {
        this.document = document;
        this.text = document.text();
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
        this.book = book;
        this.cueRelations = new CueRelations(book);
    }

    List<Fact> facts() {
        List<Unit> units = new UnitFinder(text, book, new MentionFinder(text, matcher)).units();
        int spamUnits = 0;
        int contentUnits = 0;
        for (Unit u : units) {
            if (u.kind() != Block.Kind.HEADING) {
                contentUnits++;
                spamUnits += u.spam() ? 1 : 0;
            }
        }
        if (contentUnits == 0 || spamUnits > SPAM_PAGE_SHARE * contentUnits) {
            return List.of();
        }
        subjects = new SubjectResolver(lexicon, units);
        mainDrug = subjects.mainDrug();
        emitter = new FactEmitter(document, book, subjects);
        read(units);
        return emitter.facts();
    }

    // ---- walking the document ----------------------------------------------------------------------------

    private void read(List<Unit> units) {
        List<Relation> section = List.of();
        List<Relation> list = null; // relations a cue sentence gave the list that follows it
        List<Relation> lastTopic = List.of();
        Unit previous = null;
        boolean afterIntro = false;
        boolean previousRefers = false;
        List<Relation> paragraphTopic = List.of();
        for (int index = 0; index < units.size(); index++) {
            Unit u = units.get(index);
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} section={} list={} blank={} spam={}: {}", document.fileName(), u.kind(), section, list,
                        u.blankLinesBefore(), u.spam(), text.substring(u.start(), u.end()));
            }
            if (u.spam()) {
                continue;
            }
            boolean intro = u.introducesList(text);
            if (u.kind() != Block.Kind.ITEM && afterIntro && list != null && !intro && isBareItem(u)) {
                // an unbulleted short line right under "...are:" is one of the list's items
                item(u, list, ExtractionMethod.CUE_LIST);
                previous = u;
                continue;
            }
            afterIntro = false;
            switch (u.kind()) {
                case HEADING -> {
                    List<Relation> labelled = labelValue(u);
                    if (!labelled.isEmpty()) {
                        lastTopic = labelled;
                        previous = u;
                        continue;
                    }
                    headingBrands(u);
                    List<Relation> rels = cueRelations.topicRelations(u);
                    if (rels.isEmpty()) {
                        rels = CueRelations.cueRelations(u); // "Which drugs interact with oxycodone?"
                    }
                    if (intro) {
                        list = !rels.isEmpty() ? rels : (!lastTopic.isEmpty() ? lastTopic : null);
                        afterIntro = list != null;
                        if (!rels.isEmpty()) {
                            section = rels;
                            lastTopic = rels;
                        }
                    } else {
                        section = rels;
                        list = null;
                        lastTopic = rels;
                    }
                }
                case ITEM -> {
                    boolean listStarts = previous == null || previous.kind() != Block.Kind.ITEM;
                    if (!listStarts && u.blankLinesBefore() >= 2) {
                        // a list set apart by blank lines after another list is a new, untitled one
                        section = List.of();
                        list = null;
                        listStarts = true;
                    }
                    if (listStarts && list == null && section.isEmpty()) {
                        List<Relation> fromItems = itemCueRelations(units, index);
                        list = fromItems.isEmpty() ? null : fromItems;
                    }
                    if (list != null) {
                        item(u, list, ExtractionMethod.CUE_LIST);
                    } else {
                        item(u, section, ExtractionMethod.TYPED_LIST);
                    }
                }
                case PROSE -> {
                    List<Relation> labelled = u.paragraphStart() && !intro ? labelValue(u) : List.of();
                    if (!labelled.isEmpty()) {
                        list = null;
                        lastTopic = labelled;
                        paragraphTopic = labelled; // "OVERDOSE: signs are X. Give supportive care."
                        previousRefers = true;
                        previous = u;
                        continue;
                    }
                    list = null;
                    if (u.paragraphStart()) {
                        subjects.paragraphStarts();
                        // the paragraph right under a heading is what the heading announces
                        paragraphRefers = (previous != null && previous.kind() == Block.Kind.HEADING)
                                || paragraphRefersToDrug(units, index);
                    }
                    boolean refers = subjects.refersToDrug(u);
                    aboutDrug = refers || (!u.paragraphStart() && previousRefers);
                    previousRefers = refers;
                    if (u.paragraphStart()) {
                        paragraphTopic = List.of();
                    }
                    List<Relation> context = paragraphTopic.isEmpty() ? section : paragraphTopic;
                    sentence(u, context, ExtractionMethod.SECTION_PROSE);
                    aboutDrug = true;
                    subjects.sentenceRead(u);
                    // the cue or topic nearest the colon says what the list is ("belongs to the class X; it has
                    // the following effects:"), and a cue says more than a word that could head a section
                    List<Relation> topic = cueRelations.lastRelations(u);
                    if (u.cues().isEmpty() && !u.topics().isEmpty()) {
                        paragraphTopic = CueRelations.paragraphTopic(u);
                    }
                    if (intro) {
                        list = !topic.isEmpty() ? topic : (!lastTopic.isEmpty() ? lastTopic : null);
                        afterIntro = list != null;
                    }
                    // only a topic word carries over to a later "These include:" ("is a" does not)
                    lastTopic = cueRelations.topicRelations(u);
                }
            }
            previous = u;
        }
    }

    /**
     * Whether the paragraph that starts at units[first] is about the drug: a long paragraph (four sentences
     * or more) none of which names a drug or refers back to one is about something else.
     */
    private boolean paragraphRefersToDrug(List<Unit> units, int first) {
        int sentences = 0;
        for (int i = first; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() != Block.Kind.PROSE || (i > first && u.paragraphStart())) {
                break;
            }
            if (subjects.refersToDrug(u)) {
                return true;
            }
            sentences++;
        }
        return sentences < MIN_OFF_TOPIC_SENTENCES;
    }

    private static final int MAX_LABEL_WORDS = 6;

    /**
     * A "Label: value" line ("Brand names: Keppra, Spritam", "Available as: tablets") whose label names
     * relations states the value's concepts as a one-line typed list. Returns the label's relations, empty
     * when the line is no such line.
     */
    private List<Relation> labelValue(Unit u) {
        List<Token> tokens = u.tokens();
        int colon = -1;
        int words = 0;
        for (int i = 1; i < tokens.size() - 1 && words <= MAX_LABEL_WORDS; i++) {
            Token t = tokens.get(i);
            if (t.key().equals(":")) {
                colon = i;
                break;
            }
            if (t.word() && u.parenOpen()[i] < 0) {
                words++; // "ADVERSE REACTIONS (most common, >10%):" is a two-word label
            }
        }
        if (colon < 0 || mainDrug == null) {
            return List.of();
        }
        Set<Relation> rels = new LinkedHashSet<>();
        for (PhraseTrie.Match<List<Relation>> m : book.headings.findAll(tokens, 0, colon)) {
            m.values().forEach(rels::addAll);
        }
        if (rels.isEmpty()) {
            return List.of();
        }
        List<Relation> relations = List.copyOf(rels);
        for (Mention m : u.mentions()) {
            if (m.firstToken() <= colon) {
                continue;
            }
            List<Relation> own = relations;
            if (own.contains(Relation.WARNING) && !emitter.isWarningByNature(m)) {
                own = new ArrayList<>(own); // "PRECAUTIONS: it causes drowsiness" warns of no drowsiness
                own.remove(Relation.WARNING);
            }
            if (subjects.isSubjectMention(m, mainDrug) || emitter.isWarningByNature(m)
                    || !emitter.emit(u, m, mainDrug, own, ExtractionMethod.TYPED_LIST, Confidence.TYPED_LIST)) {
                emitter.selfTyped(u, m, mainDrug);
            }
        }
        return relations;
    }

    /**
     * A heading states what names itself: a brand of the drug ("Levetiracetam (Keppra): what to know") and
     * the self-typed cautions ("Pregnancy and breastfeeding").
     */
    private void headingBrands(Unit u) {
        if (mainDrug == null) {
            return;
        }
        for (Mention m : u.mentions()) {
            if (m.names(ConceptType.BRAND) || emitter.isSelfTypedConcept(m)) {
                emitter.selfTyped(u, m, mainDrug);
            }
        }
    }

    /** A short line without a sentence's final stop: under a list's introduction, an item without a bullet. */
    private boolean isBareItem(Unit u) {
        char last = text.charAt(u.end() - 1);
        return last != '.' && last != '!' && last != '?' && u.wordCount() <= MAX_BARE_ITEM_WORDS;
    }

    /** The relations an untitled list takes from a phrase opening one of its items ("hypersensitivity to"). */
    private List<Relation> itemCueRelations(List<Unit> units, int first) {
        for (int i = first; i < units.size() && units.get(i).kind() == Block.Kind.ITEM; i++) {
            Unit item = units.get(i);
            PhraseTrie.Match<List<Relation>> m = book.itemCues.longestAt(item.tokens(), 0, item.tokens().size());
            if (m != null) {
                return m.values().get(0);
            }
        }
        return List.of();
    }

    // ---- list items ----------------------------------------------------------------------------------------

    private void item(Unit u, List<Relation> rels, ExtractionMethod method) {
        if (!u.cues().isEmpty() && hasCueObjects(u)) {
            // "Benzodiazepines and other depressants: the combination can cause sedation" is still about the drug
            subjects.readItemAsSentence(true);
            sentence(u, rels, method);
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
        for (Mention m : u.mentions()) {
            if (m.firstToken() < from) {
                continue; // symptoms of the condition named after "from" / "signs of"
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

    // ---- sentences ---------------------------------------------------------------------------------------

    /**
     * States the facts of one sentence: each cue's objects in its scope, then the concepts no cue took, by
     * the section's relations (section prose) or by their own type (a brand, a strength, a route).
     */
    private void sentence(Unit u, List<Relation> fallback, ExtractionMethod fallbackMethod) {
        appositiveClasses(u);
        List<PhraseTrie.Match<Cue>> cues = u.cues();
        List<Mention> mentions = u.mentions();
        boolean[] taken = new boolean[mentions.size()];
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
            Concept stated = subjects.subject(u, c.objectsBefore() ? from : cue.first());
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                // what interacts is always the main drug's interaction: a drug opening the sentence is one of them
                Concept subject = firstAccepting(rels, m) == Relation.INTERACTION ? mainDrug : stated;
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
            if (fallbackMethod == ExtractionMethod.SECTION_PROSE && !paragraphRefers) {
                emitter.selfTyped(u, m, subject);
                continue; // a paragraph that never names the drug is about something else (a disease, sleep)
            }
            if (fallbackMethod == ExtractionMethod.SECTION_PROSE && !aboutDrug) {
                // about a disease or something else: "panic attacks bring chest pain" states no indication
                rels = new ArrayList<>(rels);
                rels.retainAll(SYMPTOM_RELATIONS);
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

    /**
     * A mention inside parentheses right after another mention explains that one ("panic attacks (sudden
     * fear)") and states nothing of its own; parentheses that give examples ("e.g.", "such as") do, and so
     * do parentheses after a word the relation cannot take ("in adults (mainly myoclonic seizures)").
     */
    private static Relation firstAccepting(List<Relation> rels, Mention m) {
        for (Relation r : rels) {
            for (Concept c : m.concepts()) {
                if (r.accepts(c.type())) {
                    return r;
                }
            }
        }
        return null;
    }

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
