package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconMatcher;
import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.Relation;
import org.drugfacts.model.SourceDocument;

/**
 * The reading of one document: cut into units ({@link UnitFinder}), find the main drug ({@link
 * SubjectResolver}), then walk the units in order keeping the section (from the last heading), the list
 * context (from the last sentence that introduced a list) and the paragraph's topic, and hand each list item
 * and sentence with its relations to the {@link StatementReader}. One instance per document, one thread.
 */
final class DocumentReading {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentReading.class);
    /** A document whose lines are mostly commercial is a spam page: it states nothing. */
    private static final double SPAM_PAGE_SHARE = 0.4;
    /** A paragraph this long that never refers to a drug is about something else (a disease, sleep). */
    private static final int MIN_OFF_TOPIC_SENTENCES = 4;
    /** A line under a list's introduction this short, without a final stop, is an item without a bullet. */
    private static final int MAX_BARE_ITEM_WORDS = 10;

    private final SourceDocument document;
    private final String text;
    private final Lexicon lexicon;
    private final LexiconMatcher matcher;
    private final CueBook book;
    private final CueRelations relations;
    private FactEmitter emitter;
    private StatementReader statements;
    private SubjectResolver subjects;
    private Concept mainDrug;

    DocumentReading(SourceDocument document, Lexicon lexicon, CueBook book) {
        this.document = document;
        this.text = document.text();
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
        this.book = book;
        this.relations = new CueRelations(book);
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
        if (subjects.mainDrug() == null) {
            // about a drug the lexicon lacks? then read again with its name as a mention of it
            Concept unmapped = UnmappedMainDrug.inTitle(text, units, book);
            if (unmapped != null) {
                units = new UnitFinder(text, book, new MentionFinder(text, matcher, unmapped)).units();
                subjects = new SubjectResolver(lexicon, units);
            }
        }
        mainDrug = subjects.mainDrug();
        emitter = new FactEmitter(document, book, subjects);
        statements = new StatementReader(book, subjects, emitter);
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
        boolean paragraphRefers = true; // whether some sentence of the current paragraph refers to a drug
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
                statements.item(u, list, ExtractionMethod.CUE_LIST);
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
                    namedByHeading(u, u.tokens().size());
                    List<Relation> rels = relations.topicRelations(u);
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
                        statements.item(u, list, ExtractionMethod.CUE_LIST);
                    } else {
                        statements.item(u, section, ExtractionMethod.TYPED_LIST);
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
                    boolean aboutDrug = refers || (!u.paragraphStart() && previousRefers);
                    previousRefers = refers;
                    if (u.paragraphStart()) {
                        paragraphTopic = List.of();
                    }
                    List<Relation> context = paragraphTopic.isEmpty() ? section : paragraphTopic;
                    statements.proseSentence(u, context, paragraphRefers, aboutDrug);
                    subjects.sentenceRead(u);
                    // the cue or topic nearest the colon says what the list is ("belongs to the class X; it has
                    // the following effects:"), and a cue says more than a word that could head a section
                    List<Relation> topic = relations.lastRelations(u);
                    if (u.cues().isEmpty() && !u.topics().isEmpty()) {
                        paragraphTopic = CueRelations.paragraphTopic(u);
                    }
                    if (intro) {
                        list = !topic.isEmpty() ? topic : (!lastTopic.isEmpty() ? lastTopic : null);
                        afterIntro = list != null;
                    }
                    // only a topic word carries over to a later "These include:" ("is a" does not)
                    lastTopic = relations.topicRelations(u);
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
        int colon = labelColon(u);
        if (colon < 0 || mainDrug == null) {
            return List.of();
        }
        List<Relation> labelled = labelRelations(u, colon);
        if (labelled.isEmpty()) {
            return List.of();
        }
        namedByHeading(u, colon); // "Pregnancy: ask your doctor" is a caution, as the heading "Pregnancy" is
        if (cueStatesMoreThanLabel(u, colon, labelled)) {
            // "Warnings: it may cause dizziness" is a sentence in a typed section, not a one-line list
            statements.proseSentence(u, labelled, true, true);
            return labelled;
        }
        for (Mention m : u.mentions()) {
            if (m.firstToken() <= colon) {
                continue;
            }
            if (subjects.isSubjectMention(m, mainDrug) || emitter.isWarningByNature(m)
                    || !emitter.emit(u, m, mainDrug, valueRelations(m, labelled), ExtractionMethod.TYPED_LIST,
                    Confidence.TYPED_LIST)) {
                emitter.selfTyped(u, m, mainDrug);
            }
        }
        return labelled;
    }

    /** The colon that ends a short label opening the unit, or -1. */
    private static int labelColon(Unit u) {
        List<Token> tokens = u.tokens();
        int words = 0;
        for (int i = 1; i < tokens.size() - 1 && words <= MAX_LABEL_WORDS; i++) {
            Token t = tokens.get(i);
            if (t.key().equals(":")) {
                return i;
            }
            if (t.word() && u.parenOpen()[i] < 0) {
                words++; // "ADVERSE REACTIONS (most common, >10%):" is a two-word label
            }
        }
        return -1;
    }

    /** The label's relations a value's concept can take: "PRECAUTIONS: it causes drowsiness" warns of no drowsiness. */
    private List<Relation> valueRelations(Mention m, List<Relation> labelled) {
        if (!labelled.contains(Relation.WARNING) || emitter.isWarningByNature(m)) {
            return labelled;
        }
        List<Relation> own = new ArrayList<>(labelled);
        own.remove(Relation.WARNING);
        return own;
    }

    /**
     * The value has a cue and names a concept the label cannot take ("Warnings: it may cause dizziness"): it
     * is a sentence to read with its cues, the label typing only what no cue takes.
     */
    private boolean cueStatesMoreThanLabel(Unit u, int colon, List<Relation> labelled) {
        boolean cue = false;
        for (PhraseTrie.Match<Cue> c : u.cues()) {
            cue |= c.first() > colon;
        }
        if (!cue) {
            return false;
        }
        for (Mention m : u.mentions()) {
            if (m.firstToken() > colon && !subjects.isSubjectMention(m, mainDrug)
                    && !emitter.isWarningByNature(m) && CueRelations.firstAccepting(valueRelations(m, labelled), m) == null) {
                return true;
            }
        }
        return false;
    }

    /** The relations a label names: as a whole heading ("Uses:") or by a heading phrase in it ("Side effects:"). */
    private List<Relation> labelRelations(Unit u, int colon) {
        List<Relation> whole = relations.wholeHeading(u, 0, colon);
        if (whole != null) {
            return whole;
        }
        Set<Relation> rels = new LinkedHashSet<>();
        for (PhraseTrie.Match<List<Relation>> m : book.headings.findAll(u.tokens(), 0, colon)) {
            m.values().forEach(rels::addAll);
        }
        return List.copyOf(rels);
    }

    /**
     * A heading, or the label of a "Label: value" line (its tokens before {@code to}), states what names
     * itself: a brand of the drug ("Levetiracetam (Keppra): what to know"), the self-typed cautions
     * ("Pregnancy and breastfeeding") and, in a heading naming the drug, the product's strength and form.
     */
    private void namedByHeading(Unit u, int to) {
        if (mainDrug == null) {
            return;
        }
        boolean product = u.kind() == Block.Kind.HEADING && namesMainDrug(u);
        for (Mention m : u.mentions()) {
            if (m.lastToken() > to) {
                break;
            }
            if (m.names(ConceptType.BRAND) || emitter.isSelfTypedConcept(m) || (product && isProductDetail(m))) {
                emitter.selfTyped(u, m, mainDrug);
            }
        }
    }

    /** A heading that names the drug names the product: "Propranolol 40 mg tablets" gives its strength and form. */
    private static boolean isProductDetail(Mention m) {
        return m.names(ConceptType.STRENGTH) || m.names(ConceptType.DOSAGE_FORM) || m.names(ConceptType.ROUTE);
    }

    private boolean namesMainDrug(Unit u) {
        for (Mention m : u.mentions()) {
            if (mainDrug.equals(subjects.drugOf(m))) {
                return true;
            }
        }
        return false;
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

}
