package org.drugfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.drugfacts.query.DrugFactsQueries;
import org.drugfacts.query.Fixtures;
import org.drugfacts.query.NamedQuery;
import org.drugfacts.server.DrugFactsServer;
import org.junit.jupiter.api.Test;

/** The query benchmark's bookkeeping, against a real Fuseki; speed itself is measured by 'drugfacts bench queries'. */
class QueryBenchmarkTest {
    @Test
    void everyQuestionAndTheFloorAreTimedOnBothTransportsWithTheirRowCounts() {
        DatasetGraph dataset = Fixtures.fixtureStore(true);
        DrugFactsQueries local = DrugFactsQueries.local(dataset);
        try (DrugFactsServer server = DrugFactsServer.builder(dataset).port(0).loopbackOnly(true).start()) {
            // The shipped parameters, with a second drug the fixture knows.
            Map<String, Map<String, String>> parameters = new HashMap<>(QueryBenchmark.PARAMETERS);
            parameters.put("shared-adverse-effects", Map.of("drug", "clonazepam", "other", "diazepam"));
            List<QueryBenchmarkResult> results = new QueryBenchmark(local, DrugFactsQueries.endpoint(server.sparqlUrl()),
                    parameters).run(0, 3);
            List<NamedQuery> questions = local.catalog().all();
            assertEquals(2 * (questions.size() + 1), results.size());
            for (NamedQuery question : questions) {
                int rows = local.run(question.name(), parameters.getOrDefault(question.name(), Map.of())).size();
                for (String transport : List.of("in-process", "http")) {
                    QueryBenchmarkResult result = results.stream()
                            .filter(r -> r.question().equals(question.name()) && r.transport().equals(transport))
                            .findFirst().orElseThrow(() -> new AssertionError(question.name() + " not timed on " + transport));
                    assertEquals(rows, result.rows(), question.name());
                    assertEquals(3, result.iterations());
                    assertTrue(result.p50Millis() > 0 && result.p50Millis() <= result.p99Millis(), result::toString);
                }
            }
            assertTrue(results.stream().anyMatch(r -> r.question().equals(QueryBenchmark.FLOOR_NAME) && r.transport().equals("http")));
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertEquals(2.0, QueryBenchmark.percentile(sorted, 50));
        assertEquals(4.0, QueryBenchmark.percentile(sorted, 99));
        assertThrows(IllegalArgumentException.class, () -> new QueryBenchmark(null, null, Map.of()).run(0, 0));
    }
}
