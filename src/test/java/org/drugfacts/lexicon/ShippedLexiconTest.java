package org.drugfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drugfacts.Seeds;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the lexicon and the reviewed facts as shipped in {@code data/}: the extractor matches text against
 * the lexicon and {@code evaluate} scores it against the reviewed files, so a broken parent, a malformed
 * identifier or a gold label the lexicon cannot resolve silently costs precision or recall. Each test names
 * the offending rows so the fix is obvious.
 */
class ShippedLexiconTest {
    private static final Path LEXICON_FOLDER = Path.of("data/lexicon");
    private static final Path REVIEWED_FOLDER = Path.of("data/reviewed");
    private static final Path DOCUMENTS_FOLDER = Path.of("data/documents");

    /** Seed sentences may not enter the repository: no fragment of this many characters may be copied. */
    private static final int COPY_LIMIT = 40;

    /** The identifier format of each cross-reference scheme (the lexicon column names). */
    private static final Map<String, Pattern> SCHEME_FORMATS = Map.of(
            "wikidata", Pattern.compile("Q[1-9][0-9]*"),
            "chebi", Pattern.compile("CHEBI:[1-9][0-9]*"),
            "drugbank", Pattern.compile("DB[0-9]{5}"),
            "mesh", Pattern.compile("[DC][0-9]{6}([0-9]{3})?"),
            "rxnorm", Pattern.compile("[1-9][0-9]*"),
            "atc", Pattern.compile("[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}"));

    private static List<LexiconEntry> entries;
    private static Lexicon lexicon;

    @BeforeAll
    static void readShippedLexicon() {
        entries = LexiconFiles.readFolder(LEXICON_FOLDER);
        lexicon = new Lexicon(entries);
    }

    @Test
    void everyConceptTypeHasALexiconFileWithConcepts() {
        Map<ConceptType, Integer> counts = countsPerType();
        for (ConceptType type : ConceptType.values()) {
            assertTrue(Files.isRegularFile(LEXICON_FOLDER.resolve(type.lexiconFile() + ".tsv")),
                    "data/lexicon/" + type.lexiconFile() + ".tsv is missing");
            assertTrue(counts.getOrDefault(type, 0) > 0, "data/lexicon/" + type.lexiconFile() + ".tsv lists no concept");
        }
    }

    @Test
    void lexiconIsBroadEnoughForArticlesAboutOtherDrugs() {
        Map<ConceptType, Integer> counts = countsPerType();
        assertTrue(entries.size() >= 700, "only " + entries.size() + " concepts: " + counts);
        assertTrue(counts.get(ConceptType.DRUG) >= 150, "only " + counts.get(ConceptType.DRUG) + " drugs");
        assertTrue(counts.get(ConceptType.CONDITION) >= 250, "only " + counts.get(ConceptType.CONDITION) + " conditions");
        for (String drug : List.of("clonazepam", "alprazolam", "lorazepam", "diazepam", "zolpidem", "eszopiclone",
                "zopiclone", "zaleplon", "sertraline", "fluoxetine", "venlafaxine", "mirtazapine", "bupropion",
                "trazodone", "amitriptyline", "flumazenil", "naloxone")) {
            assertTrue(lexicon.get(ConceptType.DRUG, drug).isPresent(), "the lexicon lacks the drug " + drug);
        }
    }

    @Test
    void noConceptIdIsListedTwice() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            String key = entry.concept().type().pathSegment() + "/" + entry.concept().slug();
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        assertEquals(List.of(), duplicates, "ids listed twice in data/lexicon");
    }

    @Test
    void noTwoConceptsOfTheSameTypeShareALabel() {
        assertEquals(List.of(), labelClashes(label -> label.strip().toLowerCase(Locale.ROOT)),
                "labels shared by two concepts of one type (ignoring case)");
    }

    /** The matcher folds plurals, British spellings and hyphens, so labels that fold alike are one label to it. */
    @Test
    void noTwoConceptsOfTheSameTypeMatchTheSameWords() {
        assertEquals(List.of(), labelClashes(label -> String.join(" ", Tokenizer.keys(label))),
                "labels the matcher cannot tell apart on two concepts of one type");
    }

    @Test
    void everyParentIsAConceptOfTheExpectedType() {
        List<String> broken = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            ConceptType parentType = parentType(entry.concept().type());
            for (String parent : entry.parents()) {
                if (lexicon.get(parentType, parent).isEmpty()) {
                    broken.add(entry.concept().type().pathSegment() + "/" + entry.concept().slug() + " -> "
                            + parentType.pathSegment() + "/" + parent);
                }
            }
        }
        assertEquals(List.of(), broken, "parents that name no concept");
    }

    @Test
    void everyBrandNamesItsDrug() {
        List<String> orphans = entries.stream()
                .filter(e -> e.concept().type() == ConceptType.BRAND && e.parents().isEmpty())
                .map(e -> e.concept().slug()).toList();
        assertEquals(List.of(), orphans, "brands without a drug in the parents column");
    }

    @Test
    void crossReferencesHaveTheirSchemesFormat() {
        List<String> malformed = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            entry.crossReferences().forEach((scheme, ids) -> {
                Pattern format = SCHEME_FORMATS.get(scheme);
                for (String id : ids) {
                    if (format == null || !format.matcher(id).matches()) {
                        malformed.add(entry.concept().slug() + " " + scheme + " '" + id + "'");
                    }
                }
            });
        }
        assertEquals(List.of(), malformed, "cross-references that do not look like their scheme");
    }

    @Test
    void clonazepamCarriesItsKnownIdentifiers() {
        LexiconEntry clonazepam = lexicon.get(ConceptType.DRUG, "clonazepam").orElseThrow();
        assertEquals(Map.of("wikidata", List.of("Q407988"), "chebi", List.of("CHEBI:3756"),
                "drugbank", List.of("DB01068"), "mesh", List.of("D002998"), "rxnorm", List.of("2598"),
                "atc", List.of("N03AE01")), clonazepam.crossReferences());
    }

    @Test
    void everyReviewedRowNamesKnownConceptsOfTypesItsRelationAccepts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : reviewedFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals("drug\trelation\tobject\tsource", lines.get(0), file + ": wrong header");
            Set<String> rows = new HashSet<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = file.getFileName() + " line " + (i + 1) + ": ";
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    problems.add(where + cells.length + " columns, expected 4");
                    continue;
                }
                if (!rows.add(line.toLowerCase(Locale.ROOT))) {
                    problems.add(where + "repeats an earlier row");
                }
                if (resolve(cells[0], Set.of(ConceptType.DRUG, ConceptType.DRUG_CLASS)).isEmpty()) {
                    problems.add(where + "'" + cells[0] + "' is no drug or drug class in the lexicon");
                }
                Optional<Relation> relation = Relation.fromTsvName(cells[1]);
                if (relation.isEmpty()) {
                    problems.add(where + "'" + cells[1] + "' is no relation name");
                } else if (resolve(cells[2], relation.get().objectTypes()).isEmpty()) {
                    problems.add(where + "'" + cells[2] + "' is no lexicon concept of a type " + cells[1]
                            + " accepts " + relation.get().objectTypes() + " (found: " + typesOf(cells[2]) + ")");
                }
                if (!sourceExists(cells[3])) {
                    problems.add(where + "source '" + cells[3] + "' is neither a seed nor in data/documents");
                }
            }
        }
        assertEquals(List.of(), problems, "reviewed rows that do not resolve");
    }

    @Test
    void noLabelCopiesTextFromTheSeedDocuments() throws IOException {
        StringBuilder seedText = new StringBuilder();
        try (Stream<Path> seeds = Files.list(Seeds.folder())) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seedText.append(normaliseSpace(Files.readString(seed, StandardCharsets.UTF_8))).append('\n');
            }
        }
        List<String> copied = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            for (String label : entry.labels()) {
                String text = normaliseSpace(label);
                if (text.length() >= COPY_LIMIT && seedText.indexOf(text) >= 0) {
                    copied.add(entry.concept().slug() + ": '" + label + "'");
                }
            }
        }
        assertEquals(List.of(), copied, "labels of " + COPY_LIMIT + "+ characters taken from a seed document");
    }

    @Test
    void everySeedDocumentHasReviewedFacts() throws IOException {
        Map<String, Integer> rowsPerSource = new HashMap<>();
        for (String line : Files.readAllLines(REVIEWED_FOLDER.resolve("seeds.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 4 && !line.startsWith("drug\t")) {
                rowsPerSource.merge(cells[3], 1, Integer::sum);
            }
        }
        try (Stream<Path> seeds = Files.list(Seeds.folder())) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = seed.getFileName().toString();
                assertTrue(rowsPerSource.getOrDefault(name, 0) >= 20,
                        "seeds.tsv has only " + rowsPerSource.getOrDefault(name, 0) + " facts from " + name);
            }
        }
    }

    /** Labels whose key (as the given function computes it) names two concepts of the same type. */
    private static List<String> labelClashes(Function<String, String> keyOf) {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            for (String label : entry.labels()) {
                String key = entry.concept().type().pathSegment() + ":" + keyOf.apply(label);
                String previous = owner.putIfAbsent(key, entry.concept().slug());
                if (previous != null && !previous.equals(entry.concept().slug())) {
                    clashes.add("'" + label + "' on " + previous + " and " + entry.concept().slug());
                }
            }
        }
        return clashes;
    }

    private static Map<ConceptType, Integer> countsPerType() {
        Map<ConceptType, Integer> counts = new EnumMap<>(ConceptType.class);
        entries.forEach(e -> counts.merge(e.concept().type(), 1, Integer::sum));
        return counts;
    }

    /** Drugs sit under drug classes, brands under drugs; every other kind under its own kind. */
    private static ConceptType parentType(ConceptType type) {
        return switch (type) {
            case DRUG -> ConceptType.DRUG_CLASS;
            case BRAND -> ConceptType.DRUG;
            default -> type;
        };
    }

    /** Resolves a gold label the way {@code evaluate} does: folded like the matcher, limited to the types given. */
    private static Optional<Concept> resolve(String label, Set<ConceptType> accepted) {
        return lexicon.resolve(label, accepted);
    }

    private static List<ConceptType> typesOf(String label) {
        return lexicon.find(label).stream().map(e -> e.concept().type()).toList();
    }

    private static boolean sourceExists(String source) {
        return Files.isRegularFile(Seeds.folder().resolve(source)) || Files.isRegularFile(DOCUMENTS_FOLDER.resolve(source));
    }

    private static String normaliseSpace(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static List<Path> reviewedFiles() throws IOException {
        try (Stream<Path> files = Files.list(REVIEWED_FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
    }
}
