package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a line of prose into sentences at '.', '!' or '?' followed by space, except after an abbreviation
 * ("approx.", "mg.") that a lower-case next word continues, after a title or Latin abbreviation that any next
 * word continues ("St. John's wort", "e.g. Valium"), or when the next word starts in lower case.
 * A ':' that ends the line also ends its sentence (it introduces a list).
 */
final class SentenceSplitter {
    private final Set<String> abbreviations;
    private final Set<String> continuing;

    /** {@code continuing}: the abbreviations whose stop never ends a sentence, a subset of the others. */
    SentenceSplitter(Set<String> abbreviations, Set<String> continuing) {
        this.abbreviations = abbreviations;
        this.continuing = continuing;
    }

    /** Sentence spans [start, end) inside text[from, to), as pairs in one int array list. */
    List<int[]> split(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>(2);
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == to || TextLayout.isSpace(text.charAt(i + 1)))) {
                int next = i + 1;
                while (next < to && TextLayout.isSpace(text.charAt(next))) {
                    next++;
                }
                if (next < to && !startsSentence(text.charAt(next))) {
                    continue;
                }
                if (c == '.' && isAbbreviation(text, from, i) && (next >= to || !Character.isUpperCase(text.charAt(next))
                        || continuing.contains(wordBefore(text, from, i)))) {
                    continue;
                }
                add(spans, text, start, i + 1);
                start = next;
                i = next - 1;
            }
        }
        add(spans, text, start, to);
        return spans;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '('
                || !Character.isLetter(c);
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        return abbreviations.contains(wordBefore(text, from, dot));
    }

    private static String wordBefore(String text, int from, int dot) {
        int s = dot;
        while (s > from && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return text.substring(s, dot).toLowerCase(Locale.ROOT);
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        while (start < end && TextLayout.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && TextLayout.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
