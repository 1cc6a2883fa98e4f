package org.drugfacts.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.Relation;

/**
 * Reads fact tables, the TSV form of facts with the header {@code drug relation object source} that reviewed
 * facts and gold files use (see {@code data/reviewed/README.md}). Labels resolve to lexicon concepts as the
 * extractor compares text (case, spelling variants, plurals, synonyms; a brand name stands for its drug); a
 * label the lexicon lacks becomes an unmapped concept, as the extractor would mint it, so a gold file about
 * drugs we do not know can still be scored.
 */
public final class FactTable {
    public static final List<String> COLUMNS = List.of("drug", "relation", "object", "source");
    private static final Pattern STRENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|µg|g|ml|mg/ml|%)", Pattern.CASE_INSENSITIVE);

    private FactTable() {
    }

    /** Reads a fact table as curated facts (confidence 1, no span); {@code name} says where errors are. */
    public static List<Fact> read(Reader reader, String name, Lexicon lexicon) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !List.of(header.split("\t", -1)).equals(COLUMNS)) {
            throw new LexiconException(name + ": a fact table starts with the header 'drug\\trelation\\tobject\\tsource'");
        }
        List<Fact> facts = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = name + " line " + number;
            if (cells.length != COLUMNS.size()) {
                throw new LexiconException(where + ": expected 4 tab-separated cells, found " + cells.length);
            }
            Relation relation = Relation.fromTsvName(cells[1].strip()).orElseThrow(() -> new LexiconException(
                    where + ": unknown relation '" + cells[1] + "'; use a name as in data/reviewed/README.md"));
            facts.add(new Fact(subject(lexicon, cells[0].strip()), relation, object(lexicon, relation, cells[2].strip()),
                    cells[3].strip(), null, 1.0, ExtractionMethod.CURATED, false));
        }
        return facts;
    }

    /** The drug or drug class a label names (a brand name resolves to its drug), else an unmapped drug. */
    public static Concept subject(Lexicon lexicon, String label) {
        Optional<Concept> direct = lexicon.resolve(label, EnumSet.of(ConceptType.DRUG, ConceptType.DRUG_CLASS));
        if (direct.isPresent()) {
            return direct.get();
        }
        return lexicon.resolve(label, EnumSet.of(ConceptType.BRAND))
                .flatMap(brand -> lexicon.get(ConceptType.BRAND, brand.slug()))
                .flatMap(entry -> entry.parents().stream().findFirst())
                .flatMap(slug -> lexicon.get(ConceptType.DRUG, slug)).map(LexiconEntry::concept)
                .orElseGet(() -> new Concept(ConceptType.DRUG, Concept.slugOf(label), label, false));
    }

    /** The concept a label names among the kinds the relation accepts, else a strength or an unmapped concept. */
    public static Concept object(Lexicon lexicon, Relation relation, String label) {
        for (ConceptType type : relation.objectTypes()) {
            Optional<Concept> found = lexicon.resolve(label, EnumSet.of(type));
            if (found.isPresent()) {
                return found.get();
            }
        }
        var strength = STRENGTH.matcher(label);
        if (relation == Relation.STRENGTH && strength.matches()) {
            String normal = strength.group(1) + " " + strength.group(2).toLowerCase(Locale.ROOT);
            return new Concept(ConceptType.STRENGTH, Concept.slugOf(normal), normal, true);
        }
        return new Concept(relation.objectTypes().iterator().next(), Concept.slugOf(label), label, false);
    }
}
