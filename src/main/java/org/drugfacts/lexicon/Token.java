package org.drugfacts.lexicon;

/**
 * One token of a text: a word (letters and digits, a decimal number, a word with a possessive) or a single
 * punctuation character. {@code start}/{@code end} are offsets in the original text; {@code key} is the folded
 * form the matchers compare ({@link TextFolding}).
 */
public record Token(int start, int end, String key, boolean word) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token span [" + start + ", " + end + ") is empty or negative");
        }
    }
}
