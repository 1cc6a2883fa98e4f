package org.drugfacts.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;

/**
 * Reads the lexicon's TSV files ({@code data/lexicon/<type>.tsv}, format in {@code data/README.md}), from a
 * folder or from the classpath copy that the jar carries.
 */
public final class LexiconFiles {
    /** The columns every lexicon file has, in this order. */
    public static final List<String> COLUMNS = List.of(
            "id", "label", "synonyms", "parents", "wikidata", "chebi", "drugbank", "mesh", "rxnorm", "atc");
    public static final List<String> SCHEMES = COLUMNS.subList(4, COLUMNS.size());
    private static final String CLASSPATH_FOLDER = "data/lexicon/";

    private LexiconFiles() {
    }

    /** Reads every lexicon file shipped in the jar (or on the test classpath). */
    public static List<LexiconEntry> readShipped() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (ConceptType type : ConceptType.values()) {
            String resource = CLASSPATH_FOLDER + type.lexiconFile() + ".tsv";
            try (InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    entries.addAll(read(type, resource, in));
                }
            } catch (IOException e) {
                throw new LexiconException("cannot read lexicon resource " + resource + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** Reads every {@code <type>.tsv} in a folder; files named for no concept type are an error. */
    public static List<LexiconEntry> readFolder(Path folder) {
        List<LexiconEntry> entries = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                String base = file.getFileName().toString().replaceFirst("\\.tsv$", "");
                ConceptType type = ConceptType.fromLexiconFile(base).orElseThrow(() -> new LexiconException(
                        "lexicon file " + file + " is named for no concept type; expected one of "
                                + Arrays.stream(ConceptType.values()).map(ConceptType::lexiconFile).toList()));
                try (InputStream in = Files.newInputStream(file)) {
                    entries.addAll(read(type, file.toString(), in));
                }
            }
        } catch (IOException e) {
            throw new LexiconException("cannot read lexicon folder " + folder + ": " + e.getMessage(), e);
        }
        return entries;
    }

    static List<LexiconEntry> read(ConceptType type, String name, InputStream in) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !List.of(header.split("\t", -1)).equals(COLUMNS)) {
            throw new LexiconException(name + ": the header must be the columns " + String.join(" ", COLUMNS));
        }
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS.size()) {
                throw new LexiconException(name + " line " + lineNumber + ": " + cells.length + " columns, expected "
                        + COLUMNS.size() + " (tab-separated, empty cells allowed)");
            }
            try {
                Concept concept = new Concept(type, cells[0].strip(), cells[1].strip(), true);
                Map<String, List<String>> xrefs = new LinkedHashMap<>();
                for (int i = 0; i < SCHEMES.size(); i++) {
                    List<String> ids = list(cells[4 + i]);
                    if (!ids.isEmpty()) {
                        xrefs.put(SCHEMES.get(i), ids);
                    }
                }
                entries.add(new LexiconEntry(concept, list(cells[2]), list(cells[3]), xrefs));
            } catch (IllegalArgumentException e) {
                throw new LexiconException(name + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
