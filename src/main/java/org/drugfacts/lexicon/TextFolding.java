package org.drugfacts.lexicon;

/**
 * Folds a word to the form the matcher compares, so that spelling variants meet: case, British and American
 * spelling (-our/-or, -ise/-ize, -aemia/-emia, oe/e, ae/e), plurals (-s, -es, -ies) and the possessive 's.
 * A final 'e' is dropped after the plural 's', so "rashes"/"rash" and "headaches"/"headache" meet alike.
 * Both lexicon labels and document words go through the same folding, so a fold only has to be consistent,
 * not linguistically exact ("diabetes" and "diabete" are the same key on both sides).
 */
public final class TextFolding {
    private TextFolding() {
    }

    /** The folded key of one word (letters and digits, possibly with an apostrophe). */
    public static String fold(CharSequence word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u2019') {
                c = '\'';
            }
            b.append(Character.toLowerCase(c));
        }
        int n = b.length();
        // possessive: "klonopin's" and "patients'" are "klonopin" and "patients"
        if (n > 2 && b.charAt(n - 2) == '\'' && b.charAt(n - 1) == 's') {
            b.setLength(n - 2);
        } else if (n > 1 && b.charAt(n - 1) == '\'') {
            b.setLength(n - 1);
        }
        if (!isAlphabetic(b)) {
            return b.toString();
        }
        String s = b.toString();
        s = singular(s);
        s = americanSpelling(s);
        if (s.length() > 3 && s.endsWith("e") && !s.endsWith("ee")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean isAlphabetic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return s.length() > 0;
    }

    private static String singular(String s) {
        int n = s.length();
        if (n <= 3) {
            return s;
        }
        if (s.endsWith("ies") && n > 4) {
            return s.substring(0, n - 3) + "y";
        }
        // "-es" plurals ("rashes", "headaches") fold with their singulars because a final 'e' is dropped later
        if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static String americanSpelling(String s) {
        if (s.indexOf('a') < 0 && s.indexOf('o') < 0 && s.indexOf('i') < 0) {
            return s;
        }
        String t = s;
        if (t.contains("ae")) {
            t = t.replace("ae", "e");
        }
        if (t.contains("oe")) {
            t = t.replace("oe", "e");
        }
        if (t.contains("iour")) {
            t = t.replace("iour", "ior"); // behaviour, behavioural
        }
        int n = t.length();
        if (n > 4 && t.endsWith("our")) {
            t = t.substring(0, n - 3) + "or";
        }
        // -ise/-ize and their derived forms: the lexicon and the text fold the same way
        t = replaceSuffix(t, "isation", "ization");
        t = replaceSuffix(t, "ising", "izing");
        t = replaceSuffix(t, "ised", "ized");
        t = replaceSuffix(t, "ise", "ize");
        t = replaceSuffix(t, "iser", "izer");
        t = replaceSuffix(t, "yse", "yze");
        return t;
    }

    private static String replaceSuffix(String s, String suffix, String replacement) {
        if (s.length() > suffix.length() + 2 && s.endsWith(suffix)) {
            return s.substring(0, s.length() - suffix.length()) + replacement;
        }
        return s;
    }
}
