package org.drugfacts.extract;

/**
 * One line of a document as the layout sees it: a heading, a list item or a line of prose. {@code start} and
 * {@code end} bound its content (bullet, '#' marks and surrounding space removed) in the original text.
 *
 * @param blankLinesBefore how many blank lines separate it from the previous non-blank line
 * @param numbered         a list item marked "1." or "1)" rather than with a bullet
 */
record Block(Kind kind, int start, int end, int blankLinesBefore, boolean numbered) {
    enum Kind { HEADING, ITEM, PROSE }

    Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("block [" + start + ", " + end + ") is negative");
        }
    }

    Block(Kind kind, int start, int end, int blankLinesBefore) {
        this(kind, start, end, blankLinesBefore, false);
    }

    Block as(Kind newKind) {
        return new Block(newKind, start, end, blankLinesBefore, numbered);
    }
}
