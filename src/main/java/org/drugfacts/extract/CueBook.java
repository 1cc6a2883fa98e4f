package org.drugfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.drugfacts.lexicon.PhraseTrie;
import org.drugfacts.model.Concept;
import org.drugfacts.model.Relation;

/**
 * The extractor's word lists, kept as data in {@code data/extraction/*.tsv} (read once from the classpath,
 * which the jar carries): section headings, cue phrases, topic shifts, negation and hedge triggers, clause
 * terminators, spam cues, abbreviations and concepts that always take one relation. Each list is compiled
 * into a {@link PhraseTrie} so that every list is matched in one pass over a sentence's tokens.
 */
public final class CueBook {
    private static final String FOLDER = "data/extraction/";

    final PhraseTrie<List<Relation>> headings = new PhraseTrie<>();
    /** Headings that type a section only when they are the whole heading ("Uses", not "before use"). */
    final Map<List<String>, List<Relation>> wholeHeadings = new HashMap<>();
    final PhraseTrie<Cue> cues = new PhraseTrie<>();
    final PhraseTrie<TopicShift> topics = new PhraseTrie<>();
    final PhraseTrie<Negation> negations = new PhraseTrie<>();
    final PhraseTrie<Double> hedges = new PhraseTrie<>();
    final PhraseTrie<Boolean> terminators = new PhraseTrie<>();
    final PhraseTrie<Double> spam = new PhraseTrie<>();
    final Set<String> abbreviations = new HashSet<>();
    /** Abbreviations whose full stop does not end a sentence even before a capital ("St. John's wort"). */
    final Set<String> continuingAbbreviations = new HashSet<>();
    /** Folded words that qualify a term without changing what it names ("severe", "new"). */
    final Set<String> modifiers = new HashSet<>();
    /** "type/slug from" to the relation the concept takes instead. */
    final Map<String, Relation> conceptRelations = new HashMap<>();
    /** "type/slug" to the relation a mention of it states in any sentence about the drug. */
    final Map<String, Relation> selfTyped = new HashMap<>();
    final PhraseTrie<List<Relation>> itemCues = new PhraseTrie<>();
    final PhraseTrie<Boolean> drugReferences = new PhraseTrie<>();
    final PhraseTrie<Boolean> causeMarkers = new PhraseTrie<>();
    /** Phrases after which a condition says whom a statement is about ("in people with"). */
    final PhraseTrie<Boolean> contextMarkers = new PhraseTrie<>();
    /** Endings of drug names (INN stems), lower case: "pril", "sartan", "azepam". */
    final List<String> drugStems = new ArrayList<>();

    static final int CUES = 1;
    static final int TOPICS = 2;
    static final int NEGATIONS = 4;
    static final int HEDGES = 8;
    static final int TERMINATORS = 16;
    static final int SPAM = 32;
    static final int REFERENCES = 64;
    static final int HEADINGS = 128;
    /** For each word that can start a phrase of some list, one bit per list: one lookup per token for all. */
    final Map<String, Integer> firstWords = new HashMap<>();

    private static volatile CueBook shipped;

    private CueBook() {
    }

    /** The cue lists shipped in {@code data/extraction/}, read once per JVM. */
    public static CueBook shipped() {
        CueBook book = shipped;
        if (book == null) {
            synchronized (CueBook.class) {
                if (shipped == null) {
                    shipped = read();
                }
                book = shipped;
            }
        }
        return book;
    }

    private static CueBook read() {
        CueBook book = new CueBook();
        for (String[] row : rows("headings.tsv", 2)) {
            if (row[0].startsWith("=")) {
                book.wholeHeadings.put(org.drugfacts.lexicon.Tokenizer.keys(row[0].substring(1)), relations("headings.tsv", row[1]));
            } else {
                book.headings.add(row[0], relations("headings.tsv", row[1]));
            }
        }
        for (String[] row : rows("cues.tsv", 3)) {
            boolean before = switch (row[2]) {
                case "after" -> false;
                case "before" -> true;
                default -> throw new CueBookException("cues.tsv: direction of '" + row[0]
                        + "' must be 'after' or 'before', not '" + row[2] + "'");
            };
            book.cues.add(row[0], new Cue(row[0], relations("cues.tsv", row[1]), before));
        }
        for (String[] row : rows("topics.tsv", 3)) {
            book.topics.add(row[0], new TopicShift(row[0], relation("topics.tsv", row[1]), relation("topics.tsv", row[2])));
        }
        for (String[] row : rows("negations.tsv", 2)) {
            Negation kind = switch (row[1]) {
                case "negation" -> Negation.DENIAL;
                case "prohibition" -> Negation.PROHIBITION;
                case "imperative" -> Negation.IMPERATIVE;
                case "pseudo" -> Negation.PSEUDO;
                default -> throw new CueBookException("negations.tsv: kind of '" + row[0]
                        + "' must be 'negation', 'prohibition', 'imperative' or 'pseudo', not '" + row[1] + "'");
            };
            book.negations.add(row[0], kind);
        }
        for (String[] row : rows("hedges.tsv", 2)) {
            try {
                double factor = Double.parseDouble(row[1]);
                if (!(factor > 0 && factor <= 1)) {
                    throw new NumberFormatException("outside (0, 1]");
                }
                book.hedges.add(row[0], factor);
            } catch (NumberFormatException e) {
                throw new CueBookException("hedges.tsv: factor of '" + row[0] + "' must be a number in (0, 1], not '"
                        + row[1] + "'", e);
            }
        }
        for (String[] row : rows("terminators.tsv", 1)) {
            book.terminators.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("spam.tsv", 2)) {
            try {
                book.spam.add(row[0], Double.parseDouble(row[1]));
            } catch (NumberFormatException e) {
                throw new CueBookException("spam.tsv: weight of '" + row[0] + "' must be a number, not '" + row[1] + "'", e);
            }
        }
        for (String[] row : rows("abbreviations.tsv", 2)) {
            String abbreviation = row[0].toLowerCase(Locale.ROOT);
            book.abbreviations.add(abbreviation);
            switch (row[1]) {
                case "continues" -> book.continuingAbbreviations.add(abbreviation);
                case "ends" -> { }
                default -> throw new CueBookException("abbreviations.tsv: before_capital of '" + row[0]
                        + "' must be 'continues' or 'ends', not '" + row[1] + "'");
            }
        }
        for (String[] row : rows("self-typed.tsv", 2)) {
            book.selfTyped.put(row[0], relation("self-typed.tsv", row[1]));
        }
        for (String[] row : rows("item-cues.tsv", 2)) {
            book.itemCues.add(row[0], relations("item-cues.tsv", row[1]));
        }
        for (String[] row : rows("cause-markers.tsv", 1)) {
            book.causeMarkers.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("context-markers.tsv", 1)) {
            book.contextMarkers.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("drug-references.tsv", 1)) {
            book.drugReferences.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("drug-stems.tsv", 1)) {
            book.drugStems.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : rows("modifiers.tsv", 1)) {
            book.modifiers.add(org.drugfacts.lexicon.TextFolding.fold(row[0]));
        }
        for (String[] row : rows("concept-relations.tsv", 3)) {
            String from = row[1].equals("*") ? "*" : relation("concept-relations.tsv", row[1]).tsvName();
            book.conceptRelations.put(row[0] + " " + from, relation("concept-relations.tsv", row[2]));
        }
        book.index(book.cues, CUES);
        book.index(book.topics, TOPICS);
        book.index(book.negations, NEGATIONS);
        book.index(book.hedges, HEDGES);
        book.index(book.terminators, TERMINATORS);
        book.index(book.spam, SPAM);
        book.index(book.drugReferences, REFERENCES);
        book.index(book.headings, HEADINGS);
        return book;
    }

    private void index(PhraseTrie<?> trie, int bit) {
        for (String key : trie.firstKeys()) {
            firstWords.merge(key, bit, (a, b) -> a | b);
        }
    }

    private final Map<Concept, Map<String, Relation>> conceptRules = new java.util.concurrent.ConcurrentHashMap<>();

    /** The relation a concept takes instead of {@code from} (concept-relations.tsv), or null. */
    Relation conceptRelation(Concept concept, Relation from) {
        Map<String, Relation> rules = rules(concept);
        Relation r = rules.get(from.tsvName());
        if (r == null && from != Relation.WARNING) {
            r = rules.get("*");
        }
        return r;
    }

    /** The relation a mention of the concept states by itself (self-typed.tsv), or null. */
    Relation selfTyped(Concept concept) {
        return rules(concept).get("self");
    }

    private Map<String, Relation> rules(Concept concept) {
        return conceptRules.computeIfAbsent(concept, c -> {
            String key = c.type().pathSegment() + "/" + c.slug();
            Map<String, Relation> rules = new HashMap<>(2);
            for (Relation from : Relation.values()) {
                Relation to = conceptRelations.get(key + " " + from.tsvName());
                if (to != null) {
                    rules.put(from.tsvName(), to);
                }
            }
            Relation any = conceptRelations.get(key + " *");
            if (any != null) {
                rules.put("*", any);
            }
            Relation self = selfTyped.getOrDefault(key, selfTyped.get(c.type().pathSegment() + "/*"));
            if (self != null) {
                rules.put("self", self);
            }
            return rules.isEmpty() ? Map.of() : rules;
        });
    }

    /** The first-word bits of each token. */
    int[] firstWordBits(List<org.drugfacts.lexicon.Token> tokens) {
        int[] bits = new int[tokens.size()];
        for (int i = 0; i < bits.length; i++) {
            Integer b = firstWords.get(tokens.get(i).key());
            bits[i] = b == null ? 0 : b;
        }
        return bits;
    }

    /** The data rows of one list, header and comments dropped, each checked for its column count. */
    private static List<String[]> rows(String file, int columns) {
        String resource = FOLDER + file;
        InputStream in = CueBook.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new CueBookException("cue list " + resource + " is not on the classpath: build with data/ as a resource");
        }
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns || cells[0].isBlank()) {
                    throw new CueBookException(resource + " line " + number + ": expected " + columns
                            + " tab-separated cells with a phrase first, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new CueBookException("cannot read cue list " + resource + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static List<Relation> relations(String file, String cell) {
        List<Relation> list = new ArrayList<>();
        for (String name : cell.split("\\|")) {
            list.add(relation(file, name.strip()));
        }
        return list;
    }

    private static Relation relation(String file, String name) {
        return Relation.fromTsvName(name).orElseThrow(() -> new CueBookException(file + ": unknown relation '" + name
                + "'; use a name as in the gold files (adverse_effect, indication, ...)"));
    }
}
