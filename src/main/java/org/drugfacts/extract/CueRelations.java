package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;
import org.drugfacts.model.Concept;
import org.drugfacts.model.Relation;

/**
 * The relations a unit's cue phrases, topic words and headings offer the concepts around them, and how a
 * topic ("an overdose may cause") or a section narrows them. Knows nothing of subjects or facts.
 */
final class CueRelations {
    private final CueBook book;

    CueRelations(CueBook book) {
        this.book = book;
    }

    /**
     * A sentence without a cue that names a topic ("An overdose can be serious.") types the rest of its
     * paragraph with the relations the topic leads to.
     */
    static List<Relation> paragraphTopic(Unit u) {
        Set<Relation> rels = new LinkedHashSet<>();
        for (PhraseTrie.Match<TopicShift> t : u.topics()) {
            for (TopicShift shift : t.values()) {
                rels.add(shift.to());
            }
        }
        return List.copyOf(rels);
    }

    /** The relations of the list a unit introduces: from the cue or topic nearest its end. */
    List<Relation> lastRelations(Unit u) {
        PhraseTrie.Match<Cue> lastCue = null;
        for (PhraseTrie.Match<Cue> c : u.cues()) {
            if (!c.values().get(0).objectsBefore()) {
                lastCue = c; // "...add to its depressant effect:" introduces what adds, not effects
            }
        }
        List<PhraseTrie.Match<List<Relation>>> topics = book.headings.findAll(u.tokens(), 0, u.tokens().size(), null,
                u.firstWords(), CueBook.HEADINGS);
        PhraseTrie.Match<List<Relation>> lastTopic = topics.isEmpty() ? null : topics.get(topics.size() - 1);
        if (lastCue != null && (lastTopic == null || lastCue.last() >= lastTopic.first())) {
            return shifted(u, lastCue.first(), relationsOf(lastCue));
        }
        return lastTopic == null ? List.of() : lastTopic.values().get(0);
    }

    /** The relations a heading, or the topic words of a sentence, give what follows them. */
    List<Relation> topicRelations(Unit u) {
        if (u.kind() == Block.Kind.HEADING) {
            List<Relation> whole = wholeHeading(u, 0, u.tokens().size());
            if (whole != null) {
                return whole;
            }
        }
        Set<Relation> rels = new LinkedHashSet<>();
        for (PhraseTrie.Match<List<Relation>> m : book.headings.findAll(u.tokens(), 0, u.tokens().size(), null,
                u.firstWords(), CueBook.HEADINGS)) {
            for (List<Relation> r : m.values()) {
                rels.addAll(r);
            }
        }
        return List.copyOf(rels);
    }

    /**
     * The relations of a heading phrase that types a section only as a whole ("Uses"), when the words of
     * tokens [from, to) are exactly such a phrase: a heading line, or the label of an inline "Uses: ..." line.
     * Null when they are not.
     */
    List<Relation> wholeHeading(Unit u, int from, int to) {
        if (book.wholeHeadings.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>(to - from);
        for (Token t : u.tokens().subList(from, to)) {
            if (t.word()) {
                keys.add(t.key());
            }
        }
        return book.wholeHeadings.get(keys);
    }

    /** The relations of all the cues of a unit (a heading that asks "Which drugs interact with X?"). */
    static List<Relation> cueRelations(Unit u) {
        Set<Relation> rels = new LinkedHashSet<>();
        for (PhraseTrie.Match<Cue> m : u.cues()) {
            for (Cue c : m.values()) {
                rels.addAll(shifted(u, m.first(), c.relations()));
            }
        }
        return List.copyOf(rels);
    }

    /** The relations of a cue phrase, merged when several cues share its words. */
    static List<Relation> relationsOf(PhraseTrie.Match<Cue> cue) {
        if (cue.values().size() == 1) {
            return cue.values().get(0).relations();
        }
        Set<Relation> rels = new LinkedHashSet<>();
        for (Cue c : cue.values()) {
            rels.addAll(c.relations());
        }
        return List.copyOf(rels);
    }

    /**
     * Inside a withdrawal or overdose section, a generic "may cause" or "may occur" states the section's
     * symptoms, not adverse effects.
     */
    static List<Relation> inSection(List<Relation> rels, List<Relation> section) {
        if (!rels.contains(Relation.ADVERSE_EFFECT)) {
            return rels;
        }
        for (Relation specific : List.of(Relation.WITHDRAWAL_SYMPTOM, Relation.OVERDOSE_SYMPTOM)) {
            if (section.contains(specific) && !section.contains(Relation.ADVERSE_EFFECT)) {
                List<Relation> out = new ArrayList<>(rels);
                out.set(out.indexOf(Relation.ADVERSE_EFFECT), specific);
                return out;
            }
        }
        return rels;
    }

    /** A topic named earlier in the sentence ("an overdose may cause") narrows the relation of what follows. */
    static List<Relation> shifted(Unit u, int before, List<Relation> rels) {
        if (u.topics().isEmpty()) {
            return rels;
        }
        List<Relation> out = new ArrayList<>(rels);
        for (PhraseTrie.Match<TopicShift> t : u.topics()) {
            if (t.first() >= before) {
                break;
            }
            for (TopicShift shift : t.values()) {
                int at = out.indexOf(shift.from());
                if (at >= 0) {
                    out.set(at, shift.to());
                }
            }
        }
        return out;
    }

    /** The mention is the topic word itself ("overdose" in "an overdose may cause"), not an object. */
    static boolean isTopic(Unit u, Mention m) {
        for (PhraseTrie.Match<TopicShift> t : u.topics()) {
            if (m.firstToken() >= t.first() && m.lastToken() <= t.last()) {
                return true; // "withdrawal syndrome" is more than the topic "withdrawal": an object
            }
        }
        return false;
    }

    /** The mention is part of a cue ("withdrawal symptoms" in "withdrawal symptoms such as"), not beside it. */
    static boolean insideCue(Unit u, Mention m) {
        return insideCue(u, m.firstToken(), m.lastToken());
    }

    /** Tokens {@code first} (inclusive) to {@code last} (exclusive) lie within one cue of the unit. */
    static boolean insideCue(Unit u, int first, int last) {
        for (PhraseTrie.Match<Cue> c : u.cues()) {
            if (first >= c.first() && last <= c.last()) {
                return true;
            }
        }
        return false;
    }

    /** The first of the relations that accepts one of the mention's concepts, or null. */
    static Relation firstAccepting(List<Relation> rels, Mention m) {
        for (Relation r : rels) {
            for (Concept c : m.concepts()) {
                if (r.accepts(c.type())) {
                    return r;
                }
            }
        }
        return null;
    }
}
