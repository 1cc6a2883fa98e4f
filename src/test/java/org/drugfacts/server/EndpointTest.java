package org.drugfacts.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.drugfacts.Seeds;
import org.drugfacts.extract.DocumentReader;
import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.store.DrugFactsStore;
import org.drugfacts.store.LoadProgress;
import org.drugfacts.store.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user of the endpoint sees: a real Fuseki on a free loopback port over a real TDB2 store. */
class EndpointTest {
    @TempDir
    static Path temp;

    private static DrugFactsStore store;
    private static DrugFactsServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String PREFIXES = """
            PREFIX df: <https://w3id.org/drugfacts/ontology#>
            PREFIX drug: <https://w3id.org/drugfacts/id/drug/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @BeforeAll
    static void startServer() throws Exception {
        store = DrugFactsStore.open(temp.resolve("store"));
        Loader loader = new Loader(store, Lexicon.shipped(), new DocumentReader());
        loader.loadShipped(false, LoadProgress.NONE);
        loader.loadFiles(List.of(Seeds.folder()), LoadProgress.NONE);
        // Outside the temp folder: Jetty keeps watching the password file until the JVM exits.
        Path passwords = Files.writeString(Files.createTempFile("drugfacts-passwd", ".txt"), "admin: s3cret\n");
        passwords.toFile().deleteOnExit();
        server = DrugFactsServer.builder(store.dataset()).port(0).passwordFile(passwords)
                .queryTimeout(Duration.ofSeconds(2), Duration.ofSeconds(4)).start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void clonazepamsContraindicationsComeBackWithTheirSourceDocuments() throws Exception {
        HttpResponse<String> response = query("""
                SELECT ?condition ?source WHERE {
                  ?s rdf:subject drug:clonazepam ; rdf:predicate df:contraindication ; rdf:object ?c ;
                     df:evidence ?e ; prov:wasDerivedFrom ?doc .
                  ?doc df:fileName ?source . ?c skos:prefLabel ?condition .
                } ORDER BY ?condition ?source""", "text/csv");
        assertEquals(200, response.statusCode());
        String csv = response.body();
        assertTrue(csv.contains("myasthenia gravis,004_6d3e7e4770931d6f.txt"), csv);
        assertTrue(csv.lines().count() > 5, "several contraindications with evidence: " + csv);
    }

    @Test
    void resultsComeInTheFormatAsked() throws Exception {
        String select = "SELECT ?d WHERE { ?d a df:Drug } LIMIT 1";
        assertTrue(query(select, "application/sparql-results+json").body().contains("\"bindings\""));
        assertTrue(query(select, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(query(select, "text/tab-separated-values").body().startsWith("?d"));
        String construct = "CONSTRUCT { drug:clonazepam skos:prefLabel ?l } WHERE { drug:clonazepam skos:prefLabel ?l }";
        assertTrue(query(construct, "text/turtle").body().contains("clonazepam"));
        assertTrue(query(construct, "application/ld+json").body().contains("\"@id\""));
    }

    @Test
    void theReadmesFirstExampleAnswersWithIndicationsAndSources() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("--data-urlencode query='") + "--data-urlencode query='".length();
        String example = readme.substring(start, readme.indexOf("'", start));
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(example, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("indication,sources"), response.body());
        assertTrue(response.body().contains("panic disorder,"), response.body());
        assertTrue(response.body().contains("001_9d8eb2d63ce1b610.txt"), response.body());
    }

    @Test
    void anAnswerLargerThanTheResponseBufferArrivesWhole() throws Exception {
        // Every label and synonym in the store: more than twice the response buffer, so it is sent in several chunks.
        String labels = "SELECT ?c ?l WHERE { ?c skos:prefLabel|skos:altLabel ?l } ORDER BY ?c ?l";
        HttpResponse<String> response = query(labels, "text/tab-separated-values");
        assertEquals(200, response.statusCode());
        int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > 2 * DrugFactsServer.RESPONSE_BUFFER_BYTES, "answer of " + bytes + " bytes is not large");
        String count = query("SELECT (COUNT(*) AS ?n) WHERE { ?c skos:prefLabel|skos:altLabel ?l }", "text/csv").body();
        long rows = response.body().lines().count() - 1;
        assertEquals(Long.parseLong(count.lines().skip(1).findFirst().orElseThrow().trim()), rows);
        String last = response.body().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("<") && last.split("\t").length == 2, "last row complete: " + last);
    }

    /**
     * Runaway shapes with no first result for hours, each stopped by the first-result timeout: a cross product,
     * and the shapes reported to outrun Jena's timeout in some 5.x releases (apache/jena#3535 and #3044: OPTIONAL
     * or MINUS around a negation, sorting and grouping a cross product). The client gives up after 20 s, so a
     * shape that ignores the timeout fails here instead of hanging the suite.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o OPTIONAL { ?x ?q ?o FILTER NOT EXISTS { ?x ?r ?s } } }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1",
            "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?a",
            "SELECT * WHERE { ?a ?b ?c MINUS { ?d ?e ?f . ?g ?h ?c FILTER(?d != ?g) } }"})
    void aRunawayQueryIsStoppedWithServiceUnavailable(String runaway) throws Exception {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(runaway, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode(), response.body());
    }

    @Test
    void aQueryStoppedAfterItsAnswerBeganEndsWithAnIncompleteResultsMark() throws Exception {
        // Rows from the first millisecond, so only the overall timeout (4 s) stops it, long after the first
        // response buffer was sent: the status is already 200, so Fuseki marks the body as cut short instead.
        HttpResponse<String> response = query("SELECT * WHERE { ?s ?p ?o OPTIONAL { ?x ?q ?o } }",
                "text/tab-separated-values");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().stripTrailing().endsWith("Incomplete results           ****   ##"),
                response.body().substring(response.body().length() - 300));
    }

    @Test
    void theEndpointAnswersCorsPreflights() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://notebook.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void updatesNeedAuthentication() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(401, HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String wrong = Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, HTTP.send(post.header("Authorization", "Basic " + wrong).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest viaQuery = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        assertTrue(HTTP.send(viaQuery, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400,
                "the public query endpoint refuses updates");
    }

    @Test
    void iriDereferenceToTheirDescription() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/id/drug/clonazepam")).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(response.body().contains("skos:prefLabel"), response.body());
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/drug/no-such-drug")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
