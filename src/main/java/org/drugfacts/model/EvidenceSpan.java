package org.drugfacts.model;

/** A character span [start, end) in a source document's text, counted in UTF-16 chars as Java strings are. */
public record EvidenceSpan(int start, int end) {
    public EvidenceSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("evidence span [" + start + ", " + end + ") is empty or negative");
        }
    }

    public int length() {
        return end - start;
    }
}
