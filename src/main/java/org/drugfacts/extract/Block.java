package org.drugfacts.extract;

/**
 * One line of a document as the layout sees it: a heading, a list item or a line of prose. {@code start} and
 * {@code end} bound its content (bullet, '#' marks and surrounding space removed) in the original text.
 *
 * @param blankLinesBefore how many blank lines separate it from the previous non-blank line
 */
record Block(Kind kind, int start, int end, int blankLinesBefore) {
    enum Kind { HEADING, ITEM, PROSE }

    Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("block [" + start + ", " + end + ") is negative");
        }
    }
}
