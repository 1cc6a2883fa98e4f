package org.drugfacts.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.ExtractionMethod;
import org.drugfacts.model.Fact;
import org.drugfacts.model.Relation;

/**
 * Reads fact tables, the TSV form of facts with the header {@code drug relation object source} that reviewed
 * facts and gold files use, resolving each label to its lexicon concept (a brand name stands for its drug).
 */
public final class FactTable {
    public static final List<String> COLUMNS = List.of("drug", "relation", "object", "source");
    private static final Pattern STRENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|µg|g|ml|mg/ml|%)", Pattern.CASE_INSENSITIVE);

    private FactTable() {
    }

    /** Reads curated facts; a label the lexicon lacks becomes an unmapped concept rather than an error. */
    public static List<Fact> read(Reader reader, String name, Lexicon lexicon) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !List.of(header.split("\t", -1)).subList(0, Math.min(4, header.split("\t").length)).equals(COLUMNS)) {
            throw new LexiconException(name + ": a fact table starts with the header " + String.join("\\t", COLUMNS));
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
            if (cells.length < 4) {
                throw new LexiconException(name + " line " + number + ": expected 4 tab-separated columns, found " + cells.length);
            }
            String where = name + " line " + number;
            Relation relation = Relation.fromTsvName(cells[1].strip()).orElseThrow(
                    () -> new LexiconException(where + ": unknown relation '" + cells[1] + "'"));
            Concept subject = subject(lexicon, cells[0].strip())
                    .orElseThrow(() -> new LexiconException(where + ": '" + cells[0] + "' is no drug or drug class in the lexicon"));
            Concept object = object(lexicon, relation, cells[2].strip());
            facts.add(new Fact(subject, relation, object, cells[3].strip(), null, 1.0, ExtractionMethod.CURATED, false));
        }
        return facts;
    }

    /** The drug or drug class a label names; a brand name resolves to its drug. */
    public static Optional<Concept> subject(Lexicon lexicon, String label) {
        List<LexiconEntry> entries = lexicon.find(label);
        for (ConceptType type : List.of(ConceptType.DRUG, ConceptType.DRUG_CLASS)) {
            Optional<Concept> found = entries.stream().map(LexiconEntry::concept).filter(c -> c.type() == type).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return entries.stream().filter(e -> e.concept().type() == ConceptType.BRAND && !e.parents().isEmpty())
                .findFirst().flatMap(brand -> lexicon.get(ConceptType.DRUG, brand.parents().get(0)))
                .map(LexiconEntry::concept);
    }

    /** The concept a label names among the kinds the relation accepts, or a new unmapped one. */
    public static Concept object(Lexicon lexicon, Relation relation, String label) {
        for (ConceptType type : relation.objectTypes()) {
            Optional<Concept> found = lexicon.find(label).stream().map(LexiconEntry::concept)
                    .filter(c -> c.type() == type).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        var strength = STRENGTH.matcher(label);
        if (relation == Relation.STRENGTH && strength.matches()) {
            String normal = strength.group(1) + " " + strength.group(2).toLowerCase(java.util.Locale.ROOT);
            return new Concept(ConceptType.STRENGTH, Concept.slugOf(normal), normal, true);
        }
        ConceptType type = relation.objectTypes().iterator().next();
        return new Concept(type, Concept.slugOf(label), label, false);
    }
}
