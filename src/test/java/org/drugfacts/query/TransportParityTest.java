package org.drugfacts.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.drugfacts.server.DrugFactsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One library, two transports, same answers: every question runs against the dataset in this JVM and against a
 * real Fuseki (the project's DrugFactsServer) on loopback serving the same dataset; the answers must be equal
 * row for row.
 */
class TransportParityTest {
    private static DatasetGraph dataset;
    private static DrugFactsServer server;
    private static DrugFactsQueries local;
    private static DrugFactsQueries remote;

    /** Parameters per question, as a user would type them (labels, brand names, any case). */
    static Map<String, List<Map<String, String>>> cases() {
        Map<String, List<Map<String, String>>> cases = new LinkedHashMap<>();
        cases.put("facts", List.of(Map.of(), Map.of("subject", "Klonopin")));
        cases.put("drug-facts", List.of(Map.of(), Map.of("drug", "clonazepam"),
                Map.of("drug", "clonazepam", "property", "adverse_effect")));
        cases.put("fact-evidence", List.of(Map.of(),
                Map.of("drug", "clonazepam", "property", "contraindication", "object", "myasthenia gravis")));
        cases.put("contraindications-by-mechanism", List.of(Map.of(), Map.of("drug", "clonazepam")));
        cases.put("similar-drugs", List.of(Map.of(), Map.of("drug", "diazepam")));
        cases.put("contraindicated-in", List.of(Map.of(), Map.of("condition", "respiratory failure")));
        cases.put("interactions", List.of(Map.of(), Map.of("drug", "clonazepam")));
        cases.put("shared-adverse-effects", List.of(Map.of(), Map.of("drug", "clonazepam", "other", "diazepam")));
        cases.put("conflicts", List.of(Map.of(), Map.of("drug", "clonazepam")));
        cases.put("source-count", List.of(Map.of(), Map.of("drug", "clonazepam")));
        cases.put("population-cautions", List.of(Map.of(), Map.of("population", "pregnancy"), Map.of("population", "children"),
                Map.of("drug", "diazepam", "population", "older adults")));
        cases.put("resolve-concept", List.of(Map.of(), Map.of("label", "klonopin")));
        return cases;
    }

    @BeforeAll
    static void start() {
        dataset = Fixtures.fixtureStore(true);
        server = DrugFactsServer.builder(dataset).port(0).loopbackOnly(true).start();
        local = DrugFactsQueries.local(dataset);
        remote = DrugFactsQueries.endpoint(server.sparqlUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyQuestionAnswersTheSameInProcessAndOverHttp() {
        Map<String, List<Map<String, String>>> cases = cases();
        List<String> untested = new ArrayList<>(local.catalog().all().stream().map(NamedQuery::name).toList());
        untested.removeAll(cases.keySet());
        assertEquals(List.of(), untested, "every question needs a parity case");
        for (Map.Entry<String, List<Map<String, String>>> entry : cases.entrySet()) {
            for (Map<String, String> parameters : entry.getValue()) {
                Answer inProcess = local.run(entry.getKey(), parameters);
                Answer overHttp = remote.run(entry.getKey(), parameters);
                String what = entry.getKey() + " " + parameters;
                assertFalse(inProcess.rows().isEmpty(), what + " answered nothing: the case tests nothing");
                assertEquals(inProcess.columns(), overHttp.columns(), what);
                assertEquals(inProcess.rows(), overHttp.rows(), what);
            }
        }
    }

    @Test
    void typedAnswersAreEqualOverBothTransports() {
        assertEquals(local.contraindicationsByMechanism("Klonopin"), remote.contraindicationsByMechanism("Klonopin"));
        assertEquals(local.factEvidence("clonazepam", "interaction", "ethanol"),
                remote.factEvidence("clonazepam", "interaction", "ethanol"));
    }

    /** Values that try to break out of the query are data, never syntax: no answer, no error, no change. */
    @Test
    void aValueThatTriesToBreakOutOfTheQueryIsJustAnUnknownName() {
        long triplesBefore = Txn.calculateRead(dataset, () -> dataset.stream().count());
        List<String> attacks = List.of("\"", "'", "clonazepam\" } ", "} ; DROP ALL ; #", "> . ?s ?p ?o <",
                "\") || true || (\"", "clonazepam'); DROP ALL; --", "<https://w3id.org/drugfacts/id/drug/clonazepam>",
                "\\\" } UNION { ?concept ?p ?matched } #", "{{", "\n}\nDROP ALL\n");
        for (String attack : attacks) {
            for (DrugFactsQueries queries : List.of(local, remote)) {
                assertEquals(0, queries.run("resolve-concept", Map.of("label", attack)).size(), attack);
                UnresolvedConceptException e = assertThrows(UnresolvedConceptException.class,
                        () -> queries.interactions(attack), attack);
                assertEquals("drug", e.parameter());
            }
        }
        assertEquals(triplesBefore, Txn.calculateRead(dataset, () -> dataset.stream().count()));
        assertTrue(local.interactions("clonazepam").size() > 0, "the data is still there");
    }

    @Test
    void anEndpointThatIsNotThereIsAClearError() {
        DrugFactsQueries nowhere = DrugFactsQueries.endpoint(server.baseUrl() + "/nowhere/sparql");
        QueryException e = assertThrows(QueryException.class, () -> nowhere.run("conflicts", Map.of()));
        assertTrue(e.getMessage().contains("/nowhere/sparql"), e.getMessage());
        assertThrows(QueryException.class, () -> DrugFactsQueries.endpoint("ftp://example.org/sparql"));
    }
}
