package org.drugfacts.extract;

import java.util.List;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;

/**
 * One unit of reading (a heading, a list item or a sentence) with everything found in it in one pass: its
 * tokens, concept mentions, cues, topic phrases, negation and hedge triggers, clause terminators, and
 * whether a word in it refers back to the drug ("it", "this medicine").
 */
record Unit(Block.Kind kind, int start, int end, int blankLinesBefore, boolean paragraphStart, boolean spam,
            List<Token> tokens, List<Mention> mentions, List<PhraseTrie.Match<Cue>> cues,
            List<PhraseTrie.Match<TopicShift>> topics, List<PhraseTrie.Match<Boolean>> negations,
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
}
