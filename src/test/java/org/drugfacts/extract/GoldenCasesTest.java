package org.drugfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.drugfacts.model.Fact;
import org.drugfacts.model.SourceDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per extraction mechanism under {@code src/test/resources/extract/cases/}: a small document
 * written for the test and the facts it must yield, no more and no fewer, each with the text its evidence
 * span must point at and whether it is hedged.
 */
class GoldenCasesTest {
    private final Extractor extractor = new Extractor(TestLexicon.get());

    @TestFactory
    Stream<DynamicTest> eachCaseYieldsExactlyItsExpectedFacts() throws IOException {
        Path cases = TestLexicon.resource("extract/cases");
        List<Path> folders;
        try (Stream<Path> list = Files.list(cases)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(folders.size() >= 10, "the golden cases are missing from " + cases);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private void check(Path folder) throws IOException {
        String text = Files.readString(folder.resolve("document.txt"), StandardCharsets.UTF_8);
        List<Fact> facts = extractor.extract(SourceDocument.ofText("document.txt", text));
        Set<String> found = new TreeSet<>();
        for (Fact f : facts) {
            found.add(triple(f.subject().prefLabel(), f.relation().tsvName(), f.object().prefLabel()));
            assertEquals("document.txt", f.source());
            assertTrue(f.confidence() > 0 && f.confidence() <= 1, "confidence of " + f);
        }
        Set<String> expected = new TreeSet<>();
        List<String> rows = Files.readAllLines(folder.resolve("expected.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] c = row.split("\t", -1);
            String triple = triple(c[0], c[1], c[2]);
            expected.add(triple);
            boolean hedged = Boolean.parseBoolean(c[4]);
            boolean pointed = facts.stream().anyMatch(f -> triple(f.subject().prefLabel(), f.relation().tsvName(),
                    f.object().prefLabel()).equals(triple) && text.substring(f.span().start(), f.span().end()).equals(c[3])
                    && f.hedged() == hedged);
            assertTrue(pointed || !found.contains(triple), folder.getFileName() + ": " + triple
                    + " must point at '" + c[3] + "' with hedged=" + hedged + "; found " + facts);
        }
        assertEquals(String.join("\n", expected), String.join("\n", found), folder.getFileName() + ": facts found");
    }

    private static String triple(String drug, String relation, String object) {
        return drug + " " + relation + " " + object;
    }
}
