package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.List;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.lexicon.Token;
import org.drugfacts.lexicon.Tokenizer;
import org.drugfacts.model.ConceptType;

/**
 * Cuts a document into units (headings, list items, sentences) and finds everything in each in one pass, so
 * the reading that follows only looks things up. One instance per document.
 */
final class UnitFinder {
    private final String text;
    private final CueBook book;
    private final SentenceSplitter splitter;
    private final MentionFinder mentionFinder;

    UnitFinder(String text, CueBook book, MentionFinder mentionFinder) {
        this.text = text;
        this.book = book;
        this.splitter = new SentenceSplitter(book.abbreviations, book.continuingAbbreviations);
        this.mentionFinder = mentionFinder;
    }

    /** Lines, sentences and tokens of a text, nothing matched: the benchmark's baseline. */
    static long tokenise(String text, CueBook book) {
        SentenceSplitter splitter = new SentenceSplitter(book.abbreviations, book.continuingAbbreviations);
        long tokens = 0;
        for (Block block : TextLayout.blocks(text)) {
            if (block.kind() == Block.Kind.PROSE) {
                for (int[] span : splitter.split(text, block.start(), block.end())) {
                    tokens += Tokenizer.tokenize(text, span[0], span[1]).size();
                }
            } else {
                tokens += Tokenizer.tokenize(text, block.start(), block.end()).size();
            }
        }
        return tokens;
    }

    List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (Block block : TextLayout.blocks(text)) {
            if (block.kind() == Block.Kind.PROSE) {
                boolean first = true;
                for (int[] span : splitter.split(text, block.start(), block.end())) {
                    units.add(analyse(Block.Kind.PROSE, span[0], span[1], first ? block.blankLinesBefore() : 0, first));
                    first = false;
                }
            } else {
                units.add(analyse(block.kind(), block.start(), block.end(), block.blankLinesBefore(), true));
            }
        }
        return units;
    }

    private Unit analyse(Block.Kind kind, int start, int end, int blank, boolean paragraphStart) {
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        int n = tokens.size();
        int[] first = book.firstWordBits(tokens);
        List<Mention> mentions = mentionFinder.find(tokens);
        PhraseTrie.Slot drugSlot = drugSlot(tokens, mentions, first);
        double spamWeight = 0;
        for (PhraseTrie.Match<Double> m : book.spam.findAll(tokens, 0, n, drugSlot, first, CueBook.SPAM)) {
            spamWeight += m.values().get(0);
        }
        boolean spam = spamWeight >= 1.0 || hasUrl(start, end);
        boolean[] terminator = new boolean[n + 1];
        for (PhraseTrie.Match<Boolean> m : book.terminators.findAll(tokens, 0, n, null, first, CueBook.TERMINATORS)) {
            // "...; or with other depressants" continues the enumeration the semicolon seemed to end
            boolean continues = tokens.get(m.first()).key().equals(";") && m.first() + 1 < n
                    && (tokens.get(m.first() + 1).key().equals("or") || tokens.get(m.first() + 1).key().equals("and"));
            terminator[m.first()] = !continues;
        }
        int[] parenOpen = new int[n];
        int open = -1;
        for (int i = 0; i < n; i++) {
            String k = tokens.get(i).key();
            if (k.equals("(") || k.equals("[")) {
                open = i;
                parenOpen[i] = -1;
            } else if (k.equals(")") || k.equals("]")) {
                parenOpen[i] = -1;
                open = -1;
            } else {
                parenOpen[i] = open;
            }
        }
        return new Unit(kind, start, end, blank, paragraphStart, spam, tokens, mentions,
                book.cues.findAll(tokens, 0, n, drugSlot, first, CueBook.CUES),
                book.topics.findAll(tokens, 0, n, null, first, CueBook.TOPICS),
                withoutNonPrefixes(tokens, book.negations.findAll(tokens, 0, n, null, first, CueBook.NEGATIONS)),
                book.hedges.findAll(tokens, 0, n, null, first, CueBook.HEDGES), terminator, parenOpen, first,
                !book.drugReferences.findAll(tokens, 0, n, null, first, CueBook.REFERENCES).isEmpty());
    }

    /** The prefix of "non-sedating" folds like the trigger "none", but denies nothing. */
    private List<PhraseTrie.Match<Negation>> withoutNonPrefixes(List<Token> tokens, List<PhraseTrie.Match<Negation>> negations) {
        if (negations.isEmpty()) {
            return negations;
        }
        List<PhraseTrie.Match<Negation>> kept = new ArrayList<>(negations.size());
        for (PhraseTrie.Match<Negation> n : negations) {
            if (n.last() - n.first() != 1 || !Tokenizer.isNonPrefix(text, tokens, n.first())) {
                kept.add(n);
            }
        }
        return kept;
    }

    /** The {drug} slot of cue phrases: a drug or brand mention, or a word that refers to the drug ("it"). */
    private PhraseTrie.Slot drugSlot(List<Token> tokens, List<Mention> mentions, int[] first) {
        int[] ends = new int[tokens.size()];
        java.util.Arrays.fill(ends, -1);
        for (PhraseTrie.Match<Boolean> ref : book.drugReferences.findAll(tokens, 0, tokens.size(), null, first, CueBook.REFERENCES)) {
            ends[ref.first()] = ref.last();
        }
        for (Mention m : mentions) {
            if (m.names(ConceptType.DRUG) || m.names(ConceptType.BRAND)) {
                ends[m.firstToken()] = m.lastToken();
            }
        }
        return i -> ends[i];
    }

    private boolean hasUrl(int start, int end) {
        for (int i = start; i + 4 <= end; i++) {
            char c = text.charAt(i);
            if ((c == 'h' && text.startsWith("http", i) && (text.startsWith("://", i + 4) || text.startsWith("s://", i + 4)))
                    || (c == 'w' && text.startsWith("www.", i))) {
                return true;
            }
        }
        return false;
    }
}
