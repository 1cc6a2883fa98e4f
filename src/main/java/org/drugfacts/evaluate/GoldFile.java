package org.drugfacts.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.Relation;

/**
 * Reads a gold file ({@code drug relation object source}, see {@code data/reviewed/README.md}) into fact keys,
 * resolving labels through the lexicon as the extractor does (case, spelling variants, synonyms; a brand
 * stands for its drug). A label the lexicon lacks keeps its own slug, as an unmapped concept would.
 */
public final class GoldFile {
    private static final List<String> HEADER = List.of("drug", "relation", "object", "source");

    private GoldFile() {
    }

    public static Set<FactKey> read(Path file, Lexicon lexicon) {
        Set<FactKey> keys = new LinkedHashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !List.of(header.split("\t", -1)).equals(HEADER)) {
                throw new EvaluationException("gold file " + file + " must start with the header 'drug\\trelation\\tobject\\tsource'");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new EvaluationException("gold file " + file + " line " + number + ": expected 4 tab-separated cells, found "
                            + cells.length);
                }
                String where = file + " line " + number;
                Relation relation = Relation.fromTsvName(cells[1].strip()).orElseThrow(() -> new EvaluationException(
                        where + ": unknown relation '" + cells[1] + "'; use a name as in data/reviewed/README.md"));
                Concept subject = subject(lexicon, cells[0].strip());
                Concept object = object(lexicon, relation, cells[2].strip());
                keys.add(new FactKey(subject.slug(), relation.tsvName(), object.slug(), cells[3].strip(),
                        subject.prefLabel(), object.prefLabel()));
            }
        } catch (IOException e) {
            throw new EvaluationException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        return keys;
    }

    static Concept subject(Lexicon lexicon, String label) {
        Optional<Concept> direct = lexicon.resolve(label, EnumSet.of(ConceptType.DRUG, ConceptType.DRUG_CLASS));
        if (direct.isPresent()) {
            return direct.get();
        }
        Optional<Concept> drug = lexicon.resolve(label, EnumSet.of(ConceptType.BRAND))
                .flatMap(brand -> lexicon.get(ConceptType.BRAND, brand.slug()))
                .flatMap(entry -> entry.parents().stream().findFirst())
                .flatMap(slug -> lexicon.get(ConceptType.DRUG, slug)).map(LexiconEntry::concept);
        return drug.orElseGet(() -> new Concept(ConceptType.DRUG, Concept.slugOf(label), label, false));
    }

    static Concept object(Lexicon lexicon, Relation relation, String label) {
        for (ConceptType type : relation.objectTypes()) {
            Optional<Concept> found = lexicon.resolve(label, EnumSet.of(type));
            if (found.isPresent()) {
                return found.get();
            }
        }
        ConceptType type = relation.objectTypes().iterator().next();
        return new Concept(type, Concept.slugOf(label), label, false);
    }

    /** The source file names a gold file cites, so evaluation can tell which documents it covers. */
    public static Set<String> sources(Set<FactKey> gold) {
        Set<String> sources = new LinkedHashSet<>();
        for (FactKey k : gold) {
            sources.add(k.source());
        }
        return sources;
    }

    static List<String> header() {
        return new ArrayList<>(HEADER);
    }
}
