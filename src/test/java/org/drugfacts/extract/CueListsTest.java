package org.drugfacts.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The cue lists load, and none of them (nor a golden case) copies 40 characters of a seed document. */
class CueListsTest {
    private static final int COPY_LENGTH = 40;

    @Test
    void theShippedCueListsLoadWithEveryList() {
        CueBook book = CueBook.shipped();
        assertTrue(book.cues.size() > 100, "cue phrases");
        assertTrue(book.headings.size() > 50, "heading phrases");
        assertTrue(book.negations.size() > 10 && book.hedges.size() > 5 && book.spam.size() > 10, "trigger lists");
    }

    @Test
    void noCueListOrGoldenCaseCopiesASeedDocument() throws IOException {
        Path seeds = Path.of(System.getProperty("drugfacts.seeds", "../shared/seeds"));
        Set<String> windows = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = normalise(Files.readString(seed, StandardCharsets.UTF_8));
                for (int i = 0; i + COPY_LENGTH <= text.length(); i++) {
                    windows.add(text.substring(i, i + COPY_LENGTH));
                }
            }
        }
        assertTrue(!windows.isEmpty(), "no seed documents in " + seeds);
        for (Path folder : List.of(Path.of("data/extraction"), Path.of("src/test/resources/extract"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = normalise(Files.readString(file, StandardCharsets.UTF_8));
                    for (int i = 0; i + COPY_LENGTH <= text.length(); i++) {
                        String window = text.substring(i, i + COPY_LENGTH);
                        assertTrue(!windows.contains(window), file + " copies seed text: '" + window + "'");
                    }
                }
            }
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
