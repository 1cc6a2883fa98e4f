package org.drugfacts.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.drugfacts.lexicon.FactTable;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconException;

/**
 * Reads a gold file, a fact table ({@link FactTable}: {@code drug relation object source}), into the keys that
 * evaluation compares.
 */
public final class GoldFile {
    private GoldFile() {
    }

    public static Set<FactKey> read(Path file, Lexicon lexicon) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Set<FactKey> keys = new LinkedHashSet<>();
            FactTable.read(reader, "gold file " + file, lexicon).forEach(fact -> keys.add(FactKey.of(fact)));
            return keys;
        } catch (LexiconException e) {
            throw new EvaluationException(e.getMessage(), e);
        } catch (IOException e) {
            throw new EvaluationException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The source file names a gold file cites, so evaluation can tell which documents it covers. */
    public static Set<String> sources(Set<FactKey> gold) {
        Set<String> sources = new LinkedHashSet<>();
        for (FactKey k : gold) {
            sources.add(k.source());
        }
        return sources;
    }
}
