package org.drugfacts.extract;

import java.util.List;
import java.util.Locale;

import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.Token;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * The drug a document is about when the lexicon does not know it: a word of the title (the first unit) that no
 * lexicon term covers, that ends like a drug name (an INN stem from {@code drug-stems.tsv}: "-pril", "-azepam")
 * and that the document names again at least {@value #MIN_LATER_MENTIONS} times. It becomes an unmapped drug, so
 * the document still states its facts instead of none.
 */
final class UnmappedMainDrug {
    /** Shorter words ending in a stem are mostly ordinary English. */
    private static final int MIN_LETTERS = 6;
    /** A name the text repeats is what the document is about, not a passing mention in its title. */
    private static final int MIN_LATER_MENTIONS = 2;

    private UnmappedMainDrug() {
    }

    /** The unmapped drug the title names, or null. */
    static Concept inTitle(String text, List<Unit> units, CueBook book) {
        Unit title = units.stream().filter(u -> !u.spam()).findFirst().orElse(null);
        if (title == null) {
            return null;
        }
        for (int i = 0; i < title.tokens().size(); i++) {
            Token t = title.tokens().get(i);
            String word = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
            if (t.word() && !covered(title, i) && looksLikeDrugName(word, book)
                    && laterMentions(units, title, t.key()) >= MIN_LATER_MENTIONS) {
                return new Concept(ConceptType.DRUG, Concept.slugOf(word), word, false);
            }
        }
        return null;
    }

    private static boolean looksLikeDrugName(String word, CueBook book) {
        if (word.length() < MIN_LETTERS || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String stem : book.drugStems) {
            if (word.endsWith(stem) && word.length() >= stem.length() + 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(Unit u, int token) {
        for (Mention m : u.mentions()) {
            if (m.firstToken() <= token && token < m.lastToken()) {
                return true;
            }
        }
        return false;
    }

    private static int laterMentions(List<Unit> units, Unit title, String key) {
        int count = 0;
        for (Unit u : units) {
            if (u == title || u.spam()) {
                continue;
            }
            for (Token t : u.tokens()) {
                if (t.key().equals(key)) {
                    count++;
                }
            }
        }
        return count;
    }
}
