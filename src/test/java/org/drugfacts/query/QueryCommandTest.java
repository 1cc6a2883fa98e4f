package org.drugfacts.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.drugfacts.cli.CliRun;
import org.drugfacts.reasoning.Reasoner;
import org.drugfacts.store.DrugFactsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drugfacts query} on a TDB2 store folder, as a user runs it. */
class QueryCommandTest {
    @TempDir
    static Path folder;
    static Path store;

    @BeforeAll
    static void writeStore() {
        store = folder.resolve("store");
        try (DrugFactsStore data = DrugFactsStore.open(store)) {
            data.write(() -> {
                RDFParser.source(QueryCommandTest.class.getResource("/query/fixture.trig").toString()).lang(Lang.TRIG)
                        .parse(data.dataset());
                Reasoner.rederive(data.dataset());
            });
        }
    }

    private static CliRun drugfacts(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aQuestionAnswersAsTsvByDefault() {
        CliRun run = drugfacts("query", "interactions", "--store", store.toString(), "--param", "drug=Klonopin");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("?drug\t?drugLabel\t?other\t?otherLabel\t?sources\t?effect\t?effectLabel\t?support", lines[0]);
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[1].contains("\"alcohol\"") && lines[1].contains("\"CNS depression\""), lines[1]);
    }

    @Test
    void jsonIsSparqlResultsJson() {
        CliRun run = drugfacts("query", "resolve-concept", "--store", store.toString(), "-p", "label=ethanol", "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"vars\"") && run.out().contains("https://w3id.org/drugfacts/id/substance/alcohol"),
                run.out());
    }

    @Test
    void withoutANameItListsTheQuestionsAndTheirParameters() {
        CliRun run = drugfacts("query");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("contraindications-by-mechanism") && run.out().contains("--param drug="), run.out());
    }

    @Test
    void anUnknownDrugOrStoreFailsWithAMessageAndExitCodeOne() {
        CliRun unknown = drugfacts("query", "interactions", "--store", store.toString(), "--param", "drug=nodrugatall");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("'nodrugatall'"), unknown.err());
        CliRun missing = drugfacts("query", "conflicts", "--store", folder.resolve("absent").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("drugfacts load"), missing.err());
    }
}
