package org.drugfacts.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drugfacts.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, exit codes, output formats. */
class CommandLineTest {
    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void everyCommandHasHelp() {
        CliRun top = run("--help");
        assertEquals(0, top.code());
        for (String command : List.of("extract", "load", "remove", "serve", "query", "evaluate")) {
            assertTrue(top.out().contains(command), "--help lists " + command);
            CliRun help = run(command, "--help");
            assertEquals(0, help.code(), command + " --help");
            assertTrue(help.out().startsWith("Usage: drugfacts " + command), help.out());
        }
    }

    @Test
    void benchQueriesTimesEveryQuestionOnATemporaryStoreItRemovesAfterwards() {
        CliRun bench = run("bench", "queries", "--warmup", "0", "--iterations", "2");
        assertEquals(0, bench.code(), bench.err());
        String location = bench.out().lines().findFirst().orElseThrow().replaceFirst("^data: \\d+ triples in ", "");
        assertTrue(location.contains("drugfacts-bench"), bench.out());
        assertFalse(Files.exists(Path.of(location)), "the temporary store is removed: " + location);
        for (String question : List.of("facts", "drug-facts", "contraindications-by-mechanism", "resolve-concept")) {
            for (String transport : List.of("in-process", "http")) {
                assertTrue(bench.out().lines().anyMatch(line -> line.matches(question + " +" + transport + " +2 .*")),
                        question + " " + transport + " timed twice: " + bench.out());
            }
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run().code(), "no command");
        assertEquals(2, run("no-such-command").code());
        assertEquals(2, run("extract").code(), "extract without files");
        assertEquals(2, run("extract", "--format", "xml", Seeds.folder().toString()).code());
    }

    @Test
    void extractPrintsTheFactsOfTheSeedsAsTsv() {
        CliRun extract = run("extract", Seeds.folder().toString());
        assertEquals(0, extract.code(), extract.err());
        List<String> lines = extract.out().lines().toList();
        assertEquals(ExtractCommand.TSV_HEADER, lines.get(0));
        assertTrue(lines.size() > 100, "the seeds state well over a hundred facts");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(7, cells.length, line);
            assertTrue(cells[3].matches("00[0-4]_[0-9a-f]{16}\\.txt"), "source is a seed file name: " + line);
            assertTrue(Integer.parseInt(cells[4]) < Integer.parseInt(cells[5]), "span start < end: " + line);
            double confidence = Double.parseDouble(cells[6]);
            assertTrue(confidence > 0 && confidence <= 1, line);
        }
        assertTrue(extract.out().contains("clonazepam\tcontraindication\tmyasthenia gravis\t004_6d3e7e4770931d6f.txt"),
                "a contraindication the fourth seed lists");
    }

    @Test
    void extractAsTurtleWritesOneNamedGraphPerDocument() {
        CliRun extract = run("extract", "--format", "ttl", Seeds.file("002_53f5cc407482db6b.txt").toString());
        assertEquals(0, extract.code(), extract.err());
        assertTrue(extract.out().contains("<https://w3id.org/drugfacts/graph/doc/002_53f5cc407482db6b.txt>"), extract.out());
        assertTrue(extract.out().contains("oa:TextPositionSelector") || extract.out().contains("TextPositionSelector"));
    }

    @Test
    void aDocumentThatCannotBeReadIsNamedAndTheExitCodeIsOne() throws Exception {
        Path bad = Files.write(temp.resolve("broken.txt"), new byte[] {(byte) 0xC3, 0x28, 'a'});
        CliRun extract = run("extract", bad.toString(), Seeds.file("002_53f5cc407482db6b.txt").toString());
        assertEquals(1, extract.code());
        assertTrue(extract.err().contains("document 'broken.txt' is not UTF-8 (byte 0xC3 at offset 0)"), extract.err());
        assertTrue(extract.out().contains("002_53f5cc407482db6b.txt"), "the other document is still read");
    }

    @Test
    void loadThenRemoveReportsWhatChanged() {
        String store = temp.resolve("store").toString();
        CliRun load = run("load", "--store", store, Seeds.file("000_7bdb6589e4bc26d4.txt").toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("1 documents (1 added, 0 replaced, 0 unchanged)"), load.out());
        CliRun again = run("load", "--store", store, Seeds.file("000_7bdb6589e4bc26d4.txt").toString());
        assertTrue(again.out().contains("(0 added, 0 replaced, 1 unchanged)"), again.out());
        assertFalse(again.out().contains("shipped data"), "the shipped data is loaded once");
        CliRun remove = run("remove", "--store", store, "000_7bdb6589e4bc26d4.txt");
        assertEquals(0, remove.code(), remove.err());
        CliRun removeAgain = run("remove", "--store", store, "000_7bdb6589e4bc26d4.txt");
        assertEquals(1, removeAgain.code());
        assertTrue(removeAgain.err().contains("not in the store: 000_7bdb6589e4bc26d4.txt"));
    }

    @Test
    void aMissingFileIsAFailureNotACrash() {
        CliRun extract = run("extract", temp.resolve("nothing-here.txt").toString());
        assertEquals(1, extract.code());
        assertTrue(extract.err().startsWith("drugfacts: no such file or folder"), extract.err());
        assertFalse(extract.err().contains("internal error"));
    }
}
