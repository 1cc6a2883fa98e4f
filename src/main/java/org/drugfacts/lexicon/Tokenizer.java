package org.drugfacts.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s in one pass without regular expressions. Hyphens and spaces inside a term
 * are separators (so "Lennox-Gastaut" and "Lennox Gastaut" are the same two words); other punctuation
 * becomes a one-character token, since commas, semicolons and parentheses carry structure.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of text[from, to), with offsets in the whole text. */
    public static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (d == '.' && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                            && Character.isDigit(text.charAt(i - 1))) {
                        i++; // decimal number: 0.5
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < to && (text.charAt(i + 1) == 's'
                            || text.charAt(i + 1) == 'S') && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                        i += 2; // possessive
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(start, i, TextFolding.fold(text.subSequence(start, i)), true));
            } else if (c == '.' && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                    && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int start = i; // ".5 mg"
                i++;
                while (i < to && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(start, i, "0" + text.subSequence(start, i), true));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
                    || c == '\u200b' || c == '\ufeff') {
                // non-breaking and other Unicode spaces, zero-width spaces and byte-order marks separate words too
                i++;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c), false));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Whether the token at {@code index} is the prefix "non-" joined to the word after it ("non-sedating"), which
     * turns that word into its opposite; it is not the word "none", which folds to the same key.
     */
    public static boolean isNonPrefix(CharSequence text, List<Token> tokens, int index) {
        return index >= 0 && index + 1 < tokens.size() && tokens.get(index).key().equals("non")
                && tokens.get(index).end() + 1 == tokens.get(index + 1).start() && text.charAt(tokens.get(index).end()) == '-';
    }

    /** The folded keys of a phrase, as the matchers index it. */
    public static List<String> keys(CharSequence phrase) {
        List<Token> tokens = tokenize(phrase);
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.key());
        }
        return keys;
    }
}
