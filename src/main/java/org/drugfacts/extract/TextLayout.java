package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plain-text or Markdown document into lines and says what each line is: a heading (Markdown '#', a
 * short line ending in '?' or ':' or with no final punctuation), a list item (bullets • - * · ▪ ◦ ‣ – or
 * "1." / "1)"), or prose. Works on offsets, so every block points into the original text.
 */
final class TextLayout {
    private static final int MAX_HEADING_WORDS = 10;
    private static final int MAX_QUESTION_WORDS = 14;
    private static final int MAX_COLON_HEADING_WORDS = 5;

    private TextLayout() {
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int blank = 0;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            Block block = classify(text, lineStart, lineEnd, blank);
            if (block != null && isSetextUnderline(text, block) && !blocks.isEmpty() && blank == 0) {
                // "Title" over "=====" or "-----": the line above is a heading
                Block above = blocks.remove(blocks.size() - 1);
                blocks.add(new Block(Block.Kind.HEADING, above.start(), above.end(), above.blankLinesBefore()));
                lineStart = lineEnd + 1;
                continue;
            }
            if (block != null && isSetextUnderline(text, block)) {
                block = null; // a rule line on its own separates, it says nothing
            }
            if (block == null) {
                blank++;
            } else {
                blocks.add(block);
                blank = 0;
            }
            lineStart = lineEnd + 1;
        }
        return numberedHeadings(blocks);
    }

    /**
     * "1. About zolpidem" over a paragraph is a numbered heading, not a list: a numbered line that neither
     * follows nor precedes another numbered line, and is followed by something else, heads what follows.
     */
    private static List<Block> numberedHeadings(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.numbered()) {
                continue;
            }
            boolean numberedBefore = i > 0 && blocks.get(i - 1).numbered();
            boolean numberedAfter = i + 1 < blocks.size() && blocks.get(i + 1).numbered();
            if (!numberedBefore && !numberedAfter && i + 1 < blocks.size()) {
                blocks.set(i, b.as(Block.Kind.HEADING));
            }
        }
        return blocks;
    }

    private static boolean isSetextUnderline(String text, Block block) {
        if (block.end() - block.start() < 3) {
            return false;
        }
        for (int i = block.start(); i < block.end(); i++) {
            char c = text.charAt(i);
            if (c != '=' && c != '-' && c != '_' && c != '*') {
                return false;
            }
        }
        return true;
    }

    private static Block classify(String text, int lineStart, int lineEnd, int blank) {
        int s = lineStart;
        int e = lineEnd;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return null;
        }
        char first = text.charAt(s);
        if (first == '#') {
            int c = s;
            while (c < e && (text.charAt(c) == '#' || isSpace(text.charAt(c)))) {
                c++;
            }
            return c < e ? new Block(Block.Kind.HEADING, c, e, blank) : null;
        }
        int item = itemContentStart(text, s, e);
        if (item >= 0) {
            return item < e ? new Block(Block.Kind.ITEM, item, e, blank, Character.isDigit(first)) : null;
        }
        if (text.startsWith("**", s) && e - s > 4 && text.startsWith("**", e - 2)) {
            return new Block(Block.Kind.HEADING, s + 2, e - 2, blank);
        }
        char last = text.charAt(e - 1);
        int words = words(text, s, e);
        boolean heading = switch (last) {
            case '?' -> words <= MAX_QUESTION_WORDS;
            case ':' -> words <= MAX_COLON_HEADING_WORDS;
            case '.', '!', ';', ',', ')' -> false;
            default -> words <= MAX_HEADING_WORDS && (Character.isUpperCase(first) || Character.isDigit(first));
        };
        return new Block(heading ? Block.Kind.HEADING : Block.Kind.PROSE, s, e, blank);
    }

    /** Where the content of a list item starts, or -1 when the line is no list item. */
    private static int itemContentStart(String text, int s, int e) {
        char c = text.charAt(s);
        int after;
        if (c == '\u2022' || c == '\u00b7' || c == '\u25aa' || c == '\u25e6' || c == '\u2023' || c == '\u25cf'
                || c == '\u2013' || c == '\u25a0') {
            after = s + 1;
        } else if ((c == '-' || c == '*' || c == '+') && s + 1 < e && isSpace(text.charAt(s + 1))) {
            after = s + 1;
        } else if (Character.isDigit(c)) {
            int d = s;
            while (d < e && d - s < 3 && Character.isDigit(text.charAt(d))) {
                d++;
            }
            if (d + 1 < e && (text.charAt(d) == '.' || text.charAt(d) == ')') && isSpace(text.charAt(d + 1))) {
                after = d + 1;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        while (after < e && isSpace(text.charAt(after))) {
            after++;
        }
        return after;
    }

    private static int words(String text, int s, int e) {
        int words = 0;
        boolean inWord = false;
        for (int i = s; i < e; i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }
}
