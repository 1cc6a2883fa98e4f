package org.drugfacts.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A trie of phrases over folded token keys, for leftmost-longest matching of many phrases at once: the cost
 * per token does not grow with the number of phrases, and no regular expression runs per phrase.
 *
 * @param <T> what a phrase stands for (a lexicon entry, a cue, a hedge factor)
 */
public final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    private int size;

    /** One phrase found in a token list: tokens [first, last) and what it stands for. */
    public record Match<T>(int first, int last, List<T> values) {
    }

    private static final class Node<T> {
        private Map<String, Node<T>> next;
        private List<T> values;
    }

    /** Adds a phrase given as folded keys; a phrase added twice keeps every value. */
    public void add(List<String> keys, T value) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("cannot index an empty phrase for " + value);
        }
        Node<T> node = root;
        for (String key : keys) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(key, k -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
        size++;
    }

    /** Adds a phrase given as text, folded as document text is; the word {@code {drug}} is a slot. */
    public void add(String phrase, T value) {
        List<String> keys = new ArrayList<>();
        for (String part : phrase.split("\\{drug\\}", -1)) {
            keys.addAll(Tokenizer.keys(part));
            keys.add(SLOT);
        }
        keys.remove(keys.size() - 1);
        add(keys, value);
    }

    public int size() {
        return size;
    }

    /** The keys phrases can start with (a slot excluded), for a first-word index over several tries. */
    public java.util.Set<String> firstKeys() {
        if (root.next == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> keys = new java.util.HashSet<>(root.next.keySet());
        keys.remove(SLOT);
        return keys;
    }

    /** Whether some phrase starts with this key. */
    public boolean startsWith(String key) {
        return root.next != null && root.next.containsKey(key);
    }

    /** Whether some phrase starts with a slot. */
    public boolean startsWithSlot() {
        return root.next != null && root.next.containsKey(SLOT);
    }

    /**
     * Like {@link #findAll(List, int, int, Slot)}, but only tries tokens whose entry in {@code firstWords} has
     * {@code bit} set (a precomputed first-word index), and slot starts: one hash lookup per token serves many
     * tries.
     */
    public List<Match<T>> findAll(List<Token> tokens, int from, int to, Slot slot, int[] firstWords, int bit) {
        List<Match<T>> found = null;
        boolean slotFirst = slot != null && startsWithSlot();
        int i = from;
        while (i < to) {
            if ((firstWords[i] & bit) == 0 && !(slotFirst && slot.end(i) > i)) {
                i++;
                continue;
            }
            Match<T> m = slot == null ? longestAt(tokens, i, to) : longestWithSlot(tokens, i, to, slot);
            if (m == null) {
                i++;
            } else {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(m);
                i = m.last();
            }
        }
        return found == null ? List.of() : found;
    }

    /** The longest phrase that starts at token {@code first} and ends before {@code limit}, or null. */
    public Match<T> longestAt(List<Token> tokens, int first, int limit) {
        return longestAt(tokens, first, limit, null);
    }

    /**
     * The longest phrase at {@code first} whose values pass the filter (values that fail are dropped; a
     * phrase with none left gives way to a shorter one), or null.
     */
    public Match<T> longestAt(List<Token> tokens, int first, int limit, Predicate<Match<T>> filter) {
        Node<T> node = root;
        Match<T> best = null;
        List<Match<T>> candidates = null;
        for (int i = first; i < limit; i++) {
            if (node.next == null) {
                break;
            }
            node = node.next.get(tokens.get(i).key());
            if (node == null) {
                break;
            }
            if (node.values != null) {
                Match<T> m = new Match<>(first, i + 1, node.values);
                if (filter == null) {
                    best = m;
                } else {
                    if (candidates == null) {
                        candidates = new ArrayList<>(2);
                    }
                    candidates.add(m);
                }
            }
        }
        if (candidates != null) {
            for (int k = candidates.size() - 1; k >= 0; k--) {
                if (filter.test(candidates.get(k))) {
                    return candidates.get(k);
                }
            }
            return null;
        }
        return best;
    }

    /** The key that stands for a slot in a phrase ("do not take {drug} if"), filled by a {@link Slot}. */
    public static final String SLOT = "{drug}";

    /** Says where a slot filled at token i ends (exclusive), or -1 when no filler starts there. */
    @FunctionalInterface
    public interface Slot {
        int end(int i);
    }

    /** The longest phrase at {@code first}, where a {@link #SLOT} key matches what the slot accepts. */
    public Match<T> longestWithSlot(List<Token> tokens, int first, int limit, Slot slot) {
        int end = longestEnd(root, tokens, first, limit, slot);
        if (end < 0) {
            return null;
        }
        return new Match<>(first, end, valuesAt(root, tokens, first, end, slot));
    }

    private int longestEnd(Node<T> node, List<Token> tokens, int i, int limit, Slot slot) {
        int best = -1;
        if (node.values != null && node != root) {
            best = i;
        }
        if (node.next == null || i >= limit) {
            return best;
        }
        Node<T> literal = node.next.get(tokens.get(i).key());
        if (literal != null) {
            best = Math.max(best, longestEnd(literal, tokens, i + 1, limit, slot));
        }
        Node<T> wildcard = node.next.get(SLOT);
        if (wildcard != null && slot != null) {
            int e = slot.end(i);
            if (e > i && e <= limit) {
                best = Math.max(best, longestEnd(wildcard, tokens, e, limit, slot));
            }
        }
        return best;
    }

    private List<T> valuesAt(Node<T> node, List<Token> tokens, int i, int end, Slot slot) {
        if (i == end) {
            return node != root ? node.values : null;
        }
        if (node.next == null) {
            return null;
        }
        Node<T> literal = node.next.get(tokens.get(i).key());
        if (literal != null) {
            List<T> v = valuesAt(literal, tokens, i + 1, end, slot);
            if (v != null) {
                return v;
            }
        }
        Node<T> wildcard = node.next.get(SLOT);
        if (wildcard != null && slot != null) {
            int e = slot.end(i);
            if (e > i && e <= end) {
                return valuesAt(wildcard, tokens, e, end, slot);
            }
        }
        return null;
    }

    /**
     * Every phrase in tokens [from, to), leftmost-longest, never overlapping, slots filled by the slot (null:
     * phrases without slots only).
     */
    public List<Match<T>> findAll(List<Token> tokens, int from, int to, Slot slot) {
        List<Match<T>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> m = slot == null ? longestAt(tokens, i, to) : longestWithSlot(tokens, i, to, slot);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.last();
            }
        }
        return found;
    }

    /** Every phrase in tokens [from, to), leftmost-longest, never overlapping. */
    public List<Match<T>> findAll(List<Token> tokens, int from, int to) {
        return findAll(tokens, from, to, null);
    }
}
