package org.drugfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.drugfacts.lexicon.LexiconMatcher;
import org.drugfacts.lexicon.Mention;
import org.drugfacts.lexicon.Token;
import org.drugfacts.lexicon.Tokenizer;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * Finds the concept mentions of one sentence: the lexicon's terms (longest match), then what the lexicon
 * knows only in parts: strengths from their pattern ("0.5 mg"), a modifier composed with a term's label
 * ("centrally acting" + antihypertensives), a coordinated head shared by several terms ("akinetic and
 * myoclonic seizures", "failure of the liver and kidneys"), and terms written with "it" where the drug stands
 * ("stop taking it suddenly" in "stop taking diazepam suddenly"); a word after "non-" is not the term's
 * ("non-sedating antihistamines" are antihistamines, not sedating ones).
 */
final class MentionFinder {
    private static final int MAX_ELLIPSIS_STEPS = 8;
    /** Words a term may have on either side of its "it" ("stop taking it suddenly": two before, one after). */
    private static final int MAX_SLOT_WORDS = 3;
    private static final String DRUG_SLOT = "it";

    private final String text;
    private final LexiconMatcher matcher;
    /** The drug the document is about when the lexicon lacks it (see {@link UnmappedMainDrug}), or null. */
    private final Concept localDrug;
    private final String localDrugKey;

    MentionFinder(String text, LexiconMatcher matcher) {
        this(text, matcher, null);
    }

    /** Also takes every word that folds like {@code localDrug}'s label as a mention of that drug. */
    MentionFinder(String text, LexiconMatcher matcher, Concept localDrug) {
        this.text = text;
        this.matcher = matcher;
        this.localDrug = localDrug;
        this.localDrugKey = localDrug == null ? null : String.join(" ", Tokenizer.keys(localDrug.prefLabel()));
    }

    List<Mention> find(List<Token> tokens) {
        List<Mention> terms = withDrugInSlot(tokens, withoutNonPrefixedWord(tokens, withLocalDrug(tokens,
                matcher.find(text, tokens, 0, tokens.size()))));
        return withEllipses(tokens, composed(tokens, withStrengths(tokens, terms)));
    }

    /** The words naming the document's own drug, where no term of the lexicon already covers them. */
    private List<Mention> withLocalDrug(List<Token> tokens, List<Mention> mentions) {
        if (localDrug == null) {
            return mentions;
        }
        List<Mention> added = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < mentions.size() && mentions.get(next).lastToken() <= i) {
                next++;
            }
            boolean covered = next < mentions.size() && mentions.get(next).firstToken() <= i;
            Token t = tokens.get(i);
            if (!covered && t.word() && t.key().equals(localDrugKey)) {
                added.add(new Mention(i, i + 1, t.start(), t.end(), List.of(localDrug)));
            }
        }
        return merged(mentions, added);
    }

    /** The mentions with those added, in token order; the same list when none were added. */
    private static List<Mention> merged(List<Mention> mentions, List<Mention> added) {
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return all;
    }

    /**
     * "non-" turns the word after it into its opposite: a term that starts with that word is not meant
     * ("non-sedating antihistamines" are not "sedating antihistamines", "non-opioid analgesics" not "opioid
     * analgesics"). What the rest of the term names stands instead (antihistamines, analgesics), or nothing.
     */
    private List<Mention> withoutNonPrefixedWord(List<Token> tokens, List<Mention> mentions) {
        return replaced(mentions, k -> {
            Mention m = mentions.get(k);
            return nonPrefixed(tokens, m.firstToken()) ? matcher.find(text, tokens, m.firstToken() + 1, m.lastToken()) : null;
        });
    }

    /** Whether the word at this index is written after "non-" ("non-sedating"). */
    private boolean nonPrefixed(List<Token> tokens, int index) {
        return Tokenizer.isNonPrefix(text, tokens, index - 1);
    }

    /**
     * A drug or brand named where a term of the lexicon has "it": the whole phrase is that term, longest first
     * ("stop taking diazepam suddenly" is abrupt discontinuation, as "stop taking it suddenly" is). The words
     * around the drug must not belong to another mention.
     */
    private List<Mention> withDrugInSlot(List<Token> tokens, List<Mention> mentions) {
        return replaced(mentions, k -> {
            Mention m = mentions.get(k);
            if (!m.names(ConceptType.DRUG) && !m.names(ConceptType.BRAND)) {
                return null;
            }
            int floor = k > 0 ? mentions.get(k - 1).lastToken() : 0;
            int ceiling = k + 1 < mentions.size() ? mentions.get(k + 1).firstToken() : tokens.size();
            Mention phrase = slotPhrase(tokens, m, floor, ceiling);
            return phrase == null ? null : List.of(phrase);
        });
    }

    /**
     * The mentions, each one replaced by what {@code replacement} gives for its index (a list, perhaps empty), or
     * kept where it gives null. The same list when nothing was replaced.
     */
    private static List<Mention> replaced(List<Mention> mentions, IntFunction<List<Mention>> replacement) {
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            List<Mention> instead = replacement.apply(k);
            if (instead != null && out == null) {
                out = new ArrayList<>(mentions.subList(0, k));
            }
            if (instead != null) {
                out.addAll(instead);
            } else if (out != null) {
                out.add(mentions.get(k));
            }
        }
        return out == null ? mentions : out;
    }

    private Mention slotPhrase(List<Token> tokens, Mention drug, int floor, int ceiling) {
        for (int before = MAX_SLOT_WORDS; before >= 1; before--) {
            int first = drug.firstToken() - before;
            if (first < floor || !allWords(tokens, first, drug.firstToken()) || !matcher.startsLabel(tokens.get(first).key())) {
                continue;
            }
            for (int after = MAX_SLOT_WORDS; after >= 0; after--) {
                int last = drug.lastToken() + after;
                if (last > ceiling || !allWords(tokens, drug.lastToken(), last)) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                for (int i = first; i < drug.firstToken(); i++) {
                    keys.add(tokens.get(i).key());
                }
                keys.add(DRUG_SLOT);
                for (int i = drug.lastToken(); i < last; i++) {
                    keys.add(tokens.get(i).key());
                }
                List<Concept> concepts = matcher.lookupKeys(keys);
                if (!concepts.isEmpty()) {
                    return new Mention(first, last, tokens.get(first).start(), tokens.get(last - 1).end(), concepts);
                }
            }
        }
        return null;
    }

    /**
     * Adds "0.5 mg"-style strengths the lexicon does not list, as concepts minted from the pattern, and reads a
     * concentration per dose volume ("100 mg/5 mL") as one strength, also where the lexicon knows its first part.
     */
    private List<Mention> withStrengths(List<Token> tokens, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        int next = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token number = tokens.get(i);
            if (!isNumber(number.key())) {
                continue;
            }
            Token unit = tokens.get(i + 1);
            String u = unit.key();
            if (!(u.equals("mg") || u.equals("mcg") || u.equals("microgram") || u.equals("ml") || u.equals("g"))) {
                continue;
            }
            String label = text.substring(number.start(), number.end()) + " " + u;
            if (label.startsWith(".")) {
                label = "0" + label;
            }
            int last = i + 2;
            boolean perVolume = i + 4 < tokens.size() && tokens.get(i + 2).key().equals("/")
                    && isNumber(tokens.get(i + 3).key()) && tokens.get(i + 4).key().equals("ml");
            if (perVolume) {
                label = label + "/" + text.substring(tokens.get(i + 3).start(), tokens.get(i + 3).end()) + " mL";
                last = i + 5;
            } else {
                while (next < mentions.size() && mentions.get(next).lastToken() <= i) {
                    next++;
                }
                if (next < mentions.size() && mentions.get(next).firstToken() <= i + 1) {
                    continue; // the lexicon already knows it
                }
                if (i + 3 < tokens.size() && tokens.get(i + 2).key().equals("/") && tokens.get(i + 3).key().equals("ml")) {
                    label = label + "/mL"; // a concentration: 0.1 mg/mL
                    last = i + 4;
                }
            }
            Concept strength = new Concept(ConceptType.STRENGTH, Concept.slugOf(label), label, true);
            added.add(new Mention(i, last, number.start(), tokens.get(last - 1).end(), List.of(strength)));
            i = last - 1;
        }
        return merged(withoutStrengthsInside(mentions, added), added);
    }

    /** The mentions, less the strengths the lexicon found inside a longer one ("100 mg" in "100 mg/5 mL"). */
    private static List<Mention> withoutStrengthsInside(List<Mention> mentions, List<Mention> longer) {
        return replaced(mentions, k -> {
            Mention m = mentions.get(k);
            boolean inside = m.names(ConceptType.STRENGTH) && longer.stream().anyMatch(l -> l.firstToken() <= m.firstToken()
                    && m.lastToken() <= l.lastToken() && l.lastToken() - l.firstToken() > m.lastToken() - m.firstToken());
            return inside ? List.of() : null;
        });
    }

    /**
     * Coordinated modifiers that share the head of the term after them: in "akinetic and myoclonic seizures"
     * or "blood and liver function tests", each modifier with the head is a term of its own when the lexicon
     * knows it ("akinetic seizures", "blood tests").
     */
    private List<Mention> withEllipses(List<Token> tokens, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        int floor = 0;
        for (Mention m : mentions) {
            Token head = tokens.get(m.lastToken() - 1);
            if (!head.word()) {
                floor = m.lastToken();
                continue;
            }
            int steps = 0;
            for (int i = m.firstToken() - 1; i >= floor && steps < MAX_ELLIPSIS_STEPS; i--, steps++) {
                Token t = tokens.get(i);
                String k = t.key();
                if (isConnector(k)) {
                    continue;
                }
                if (!t.word()) {
                    break;
                }
                boolean coordinated = (i + 1 < tokens.size() && isConnector(tokens.get(i + 1).key()))
                        || (i > 0 && isConnector(tokens.get(i - 1).key()));
                if (!coordinated) {
                    continue;
                }
                List<Concept> concepts = matcher.lookupKeys(k, head.key());
                if (!concepts.isEmpty()) {
                    added.add(new Mention(i, i + 1, t.start(), t.end(), concepts));
                }
            }
            floor = m.lastToken();
        }
        return merged(mentions, added);
    }

    /**
     * Terms the lexicon knows only with a modifier or a coordinated head: "centrally acting" before a term
     * named "antihypertensives" is "centrally acting antihypertensives", and "failure of the liver and
     * kidneys" names "failure of the kidneys" too.
     */
    private List<Mention> composed(List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = null;
        int floor = 0;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention replaced = null;
            for (int words = 2; words >= 1 && replaced == null; words--) {
                int first = m.firstToken() - words;
                if (first < floor || nonPrefixed(tokens, first) || !allWords(tokens, first, m.firstToken())
                        || !matcher.startsLabel(tokens.get(first).key())) {
                    continue;
                }
                for (Concept c : m.concepts()) {
                    List<String> keys = new ArrayList<>();
                    for (int i = first; i < m.firstToken(); i++) {
                        keys.add(tokens.get(i).key());
                    }
                    keys.addAll(matcher.preferredKeys(c));
                    List<Concept> longer = matcher.lookupKeys(keys);
                    if (!longer.isEmpty()) {
                        replaced = new Mention(first, m.lastToken(), tokens.get(first).start(), m.end(), longer);
                        break;
                    }
                }
            }
            Mention coordinated = null;
            int next = m.lastToken();
            if (m.lastToken() - m.firstToken() >= 2 && next + 1 < tokens.size() && isConnector(tokens.get(next).key())
                    && tokens.get(next + 1).word() && (k + 1 >= mentions.size() || mentions.get(k + 1).firstToken() > next + 1)) {
                List<String> keys = new ArrayList<>();
                for (int i = m.firstToken(); i < m.lastToken() - 1; i++) {
                    keys.add(tokens.get(i).key());
                }
                keys.add(tokens.get(next + 1).key());
                List<Concept> other = matcher.lookupKeys(keys);
                if (!other.isEmpty()) {
                    Token t = tokens.get(next + 1);
                    coordinated = new Mention(next + 1, next + 2, t.start(), t.end(), other);
                }
            }
            if (replaced != null || coordinated != null) {
                if (out == null) {
                    out = new ArrayList<>(mentions.subList(0, k));
                }
                out.add(replaced != null ? replaced : m);
                if (coordinated != null) {
                    out.add(coordinated);
                }
            } else if (out != null) {
                out.add(m);
            }
            floor = m.lastToken();
        }
        return out == null ? mentions : out;
    }

    private static boolean allWords(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).word() || isConnector(tokens.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    /** A comma, "and", "or" or "/": what joins the items of an enumeration. */
    static boolean isConnector(String key) {
        return key.equals(",") || key.equals("and") || key.equals("or") || key.equals("/");
    }

    private static boolean isNumber(String key) {
        if (key.isEmpty() || !Character.isDigit(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }
}
