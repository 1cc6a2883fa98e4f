package org.drugfacts.extract;

import java.util.List;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;
import org.drugfacts.model.ConceptType;

/**
 * One unit of reading (a heading, a list item or a sentence) with everything found in it in one pass: its
 * tokens, concept mentions, cues, topic phrases, negation and hedge triggers, clause terminators, and
 * whether a word in it refers back to the drug ("it", "this medicine").
 */
record Unit(Block.Kind kind, int start, int end, int blankLinesBefore, boolean paragraphStart, boolean spam,
            List<Token> tokens, List<Mention> mentions, List<PhraseTrie.Match<Cue>> cues,
            List<PhraseTrie.Match<TopicShift>> topics, List<PhraseTrie.Match<Negation>> negations,
            List<PhraseTrie.Match<Double>> hedges, boolean[] terminatorAt, int[] parenOpen, int[] firstWords,
            boolean refersBack) {

    /** The unit ends with ':' and so introduces the list that follows. */
    boolean introducesList(String text) {
        int e = end;
        while (e > start && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != ':') {
            e--;
        }
        return e > start && text.charAt(e - 1) == ':';
    }

    int wordCount() {
        int words = 0;
        for (Token t : tokens) {
            if (t.word()) {
                words++;
            }
        }
        return words;
    }

    /**
     * The class mention is an effect adjective in front of another class ("sedative antihistamines"): the
     * lexicon folds plurals, so "sedative" matches the class "sedatives" as well as the effect, but the phrase
     * names the class it qualifies, as subject or as object. A class word that names no effect ("an SSRI
     * antidepressant") is a class of its own.
     */
    boolean qualifiesNextClass(Mention m) {
        if (!m.names(ConceptType.DRUG_CLASS) || !m.names(ConceptType.EFFECT)) {
            return false;
        }
        for (Mention next : mentions) {
            if (next.firstToken() == m.lastToken() && next.names(ConceptType.DRUG_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /** A negation trigger before the token in the same clause, that is not part of a cue nor a pseudo-negation. */
    boolean negatedBefore(int token) {
        return negatedBefore(token, false);
    }

    /**
     * As {@link #negatedBefore(int)} for a fact that a prohibition states rather than cancels (an interaction,
     * a warning): "you must not take it with X" forbids the combination, it does not deny it.
     */
    boolean negatedBefore(int token, boolean forbiddable) {
        for (PhraseTrie.Match<Negation> n : negations) {
            if (n.last() > token) {
                break;
            }
            if (!cancels(n, forbiddable) || overlapsCue(n.first(), n.last()) || leavesScope(n, n.last(), token)) {
                continue;
            }
            return true;
        }
        return false;
    }

    private boolean cancels(PhraseTrie.Match<Negation> trigger, boolean forbiddable) {
        boolean opensClause = trigger.first() == 0 || terminatorAt[trigger.first()];
        return trigger.values().get(0).cancels(forbiddable, opensClause);
    }

    /** A negation later in the same clause ("ketoconazole does not raise its levels"), for cue-less prose. */
    boolean negatedAfter(int token, boolean forbiddable) {
        for (PhraseTrie.Match<Negation> n : negations) {
            if (n.first() < token || !cancels(n, forbiddable) || overlapsCue(n.first(), n.last())) {
                continue;
            }
            if (!leavesScope(n, token, n.first())) {
                return true;
            }
        }
        return false;
    }

    /** The smallest factor of the hedges before the token in its clause; 1 when it is not hedged. */
    double hedgeFactor(int token) {
        double factor = 1.0;
        for (PhraseTrie.Match<Double> h : hedges) {
            if (h.last() > token) {
                break;
            }
            if (!crossesTerminator(h.last(), token)) {
                factor = Math.min(factor, h.values().get(0));
            }
        }
        return factor;
    }

    /** Words after which "to X" names what someone reacts badly to. */
    private static final java.util.Set<String> ALLERGY_WORDS = java.util.Set.of("allergic", "allergy", "allergies",
            "hypersensitivity", "hypersensitive", "reaction", "reactions", "intolerance", "intolerant");
    /** Words that, walking back from a drug, show it is taken or combined rather than reacted to. */
    private static final java.util.Set<String> TAKING_WORDS = java.util.Set.of("with", "take", "taking", "takes",
            "combine", "combined", "using", "use");

    /**
     * The clause names the drug at the token as an allergen ("allergic to aspirin or other NSAIDs", "an allergic
     * reaction to penicillin"): a drug the person reacts to, not one taken with this drug.
     */
    boolean namesAllergen(int token) {
        for (int i = token - 1; i > 0 && !terminatorAt[i + 1]; i--) {
            String k = tokens.get(i).key();
            if (TAKING_WORDS.contains(k)) {
                return false;
            }
            if (k.equals("to") && ALLERGY_WORDS.contains(tokens.get(i - 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** The clause before the token speaks of a risk ("increases the risk of") or of a combination. */
    boolean speaksOfRisk(int token) {
        for (PhraseTrie.Match<Cue> c : cues) {
            if (c.first() >= token) {
                break;
            }
            for (Cue cue : c.values()) {
                if (cue.relations().contains(org.drugfacts.model.Relation.INTERACTION)) {
                    return true; // "taking it with opioids can cause sedation": the combination's harm
                }
            }
        }
        for (int i = token - 1; i >= 0 && !terminatorAt[i + 1]; i--) {
            String k = tokens.get(i).key();
            if (k.equals("risk") || k.equals("danger") || k.equals("dangerous") || k.equals("serious") || k.equals("side")) {
                return true;
            }
        }
        return false;
    }

    boolean overlapsCue(int first, int last) {
        for (PhraseTrie.Match<Cue> c : cues) {
            if (first < c.last() && last > c.first()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation reaches no further than its clause; a prohibition not past a colon either: what follows "Do not
     * stop suddenly:" explains it ("stopping can bring on seizures"), while "There is no antidote: flumazenil does
     * not reverse it" still denies. Cue scopes do cross a colon ("Side effects include: drowsiness").
     */
    private boolean leavesScope(PhraseTrie.Match<Negation> trigger, int from, int to) {
        boolean forbids = trigger.values().get(0) != Negation.DENIAL && trigger.values().get(0) != Negation.PSEUDO;
        for (int i = from; i < to; i++) {
            if (terminatorAt[i] || (forbids && tokens.get(i).key().equals(":"))) {
                return true;
            }
        }
        return false;
    }

    boolean crossesTerminator(int from, int to) {
        for (int i = from; i < to; i++) {
            if (terminatorAt[i]) {
                return true;
            }
        }
        return false;
    }
}
