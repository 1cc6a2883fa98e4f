package org.drugfacts.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * Finds lexicon concepts in tokenised text: every label and synonym of every entry is indexed by its folded
 * words in a {@link PhraseTrie}, so matching is one trie walk per token, longest match wins. Short all-capital
 * labels (abbreviations such as "CNS") match only with the same capitals, so "cns" in prose or a common word
 * that happens to be an abbreviation does not. Read-only after construction; safe for many threads.
 */
public final class LexiconMatcher {
    private static final int MAX_ABBREVIATION_LENGTH = 6;

    /** A label as indexed: the concept and, for an abbreviation, the exact spelling it requires. */
    private record Label(Concept concept, String exactSpelling) {
    }

    private final PhraseTrie<Label> trie = new PhraseTrie<>();
    private final java.util.Map<Concept, List<String>> preferredKeys = new java.util.concurrent.ConcurrentHashMap<>();

    public LexiconMatcher(Lexicon lexicon) {
        for (LexiconEntry entry : lexicon.entries()) {
            for (String label : entry.labels()) {
                String exact = isAbbreviation(label) ? label.strip() : null;
                List<String> keys = Tokenizer.keys(label);
                if (keys.isEmpty()) {
                    continue;
                }
                trie.add(keys, new Label(entry.concept(), exact));
                if (label.indexOf('-') > 0 && keys.size() > 1) {
                    // "anti-anxiety" also matches "antianxiety"
                    trie.add(Tokenizer.keys(label.replace("-", "")), new Label(entry.concept(), exact));
                }
            }
        }
    }

    static boolean isAbbreviation(String label) {
        String s = label.strip();
        if (s.length() < 2 || s.length() > MAX_ABBREVIATION_LENGTH) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** Every concept mention in tokens [from, to) of text, leftmost-longest, not overlapping. */
    public List<Mention> find(CharSequence text, List<Token> tokens, int from, int to) {
        List<Mention> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!tokens.get(i).word()) {
                i++;
                continue;
            }
            PhraseTrie.Match<Label> m = trie.longestAt(tokens, i, to, match -> spelledAsRequired(text, tokens, match));
            if (m == null) {
                i++;
                continue;
            }
            List<Concept> concepts = new ArrayList<>(m.values().size());
            for (Label label : m.values()) {
                if ((label.exactSpelling() == null || sameSpelling(text, tokens, m, label.exactSpelling()))
                        && !concepts.contains(label.concept())) {
                    concepts.add(label.concept());
                }
            }
            found.add(new Mention(m.first(), m.last(), tokens.get(m.first()).start(),
                    tokens.get(m.last() - 1).end(), concepts));
            i = m.last();
        }
        return found;
    }

    /** The concept of one of the given types that this whole phrase names (label, synonym or variant). */
    public Concept lookup(String phrase, Set<ConceptType> types) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return null;
        }
        PhraseTrie.Match<Label> m = trie.longestAt(tokens, 0, tokens.size());
        if (m == null || m.last() != tokens.size()) {
            return null;
        }
        for (Label label : m.values()) {
            if (types.contains(label.concept().type())) {
                return label.concept();
            }
        }
        return null;
    }

    /** Whether some label starts with this folded word. */
    public boolean startsLabel(String key) {
        return trie.startsWith(key);
    }

    /** The folded keys of a concept's preferred label, computed once per concept. */
    public List<String> preferredKeys(Concept concept) {
        return preferredKeys.computeIfAbsent(concept, c -> List.copyOf(Tokenizer.keys(c.prefLabel())));
    }

    /** Every concept named by exactly these folded keys (no abbreviations); empty when they are no label. */
    public List<Concept> lookupKeys(String first, String second) {
        return lookupKeys(List.of(first, second));
    }

    /** Every concept named by exactly these folded keys (no abbreviations); empty when they are no label. */
    public List<Concept> lookupKeys(List<String> keys) {
        List<Token> tokens = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            tokens.add(new Token(i, i + 1, keys.get(i), true));
        }
        return wholePhraseConcepts(tokens);
    }

    /** The concepts whose label spans all the tokens, leaving out case-sensitive abbreviations. */
    private List<Concept> wholePhraseConcepts(List<Token> tokens) {
        PhraseTrie.Match<Label> m = trie.longestAt(tokens, 0, tokens.size());
        if (m == null || m.last() != tokens.size()) {
            return List.of();
        }
        List<Concept> concepts = new ArrayList<>(m.values().size());
        for (Label label : m.values()) {
            if (label.exactSpelling() == null && !concepts.contains(label.concept())) {
                concepts.add(label.concept());
            }
        }
        return concepts;
    }

    /** Every concept this whole phrase names, of any type; empty when it is no label. */
    public List<Concept> lookupAll(CharSequence phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return wholePhraseConcepts(tokens);
    }

    private static boolean spelledAsRequired(CharSequence text, List<Token> tokens, PhraseTrie.Match<Label> m) {
        for (Label label : m.values()) {
            if (label.exactSpelling() == null || sameSpelling(text, tokens, m, label.exactSpelling())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpelling(CharSequence text, List<Token> tokens, PhraseTrie.Match<?> m, String exact) {
        int start = tokens.get(m.first()).start();
        int end = tokens.get(m.last() - 1).end();
        // compare letters and digits only, so "CNS's" and "GABA-A" still count as the abbreviation
        int j = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (j < exact.length() && !Character.isLetterOrDigit(exact.charAt(j))) {
                j++;
            }
            if (j == exact.length()) {
                return c == 's' && i == end - 1; // possessive
            }
            if (c != exact.charAt(j)) {
                return false;
            }
            j++;
        }
        return j == exact.length();
    }
}
