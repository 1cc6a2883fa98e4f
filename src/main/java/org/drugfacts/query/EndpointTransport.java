package org.drugfacts.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * Answers questions from any SPARQL 1.1 endpoint over HTTP. Jena substitutes the parameters into the parsed
 * query before it is serialised and sent, so the server sees a complete query with terms in place.
 */
public final class EndpointTransport implements SparqlTransport {
    private final String url;

    public EndpointTransport(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new QueryException("endpoint '" + url + "' is not an http(s) URL; give the SPARQL endpoint, "
                        + "e.g. http://localhost:3030/drugfacts/sparql");
            }
        } catch (URISyntaxException e) {
            throw new QueryException("endpoint '" + url + "' is not a URL (" + e.getMessage() + ")", e);
        }
        this.url = url;
    }

    @Override
    public Answer select(Query query, Map<String, Node> bindings) {
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(url).query(query);
        bindings.forEach(builder::substitution);
        try (QueryExecHTTP exec = builder.build()) {
            return Answer.copyOf(exec.select());
        } catch (QueryExceptionHTTP e) {
            throw new QueryException("endpoint " + url + " answered " + e.getStatusCode() + " " + e.getMessage()
                    + "; check that it is a SPARQL query endpoint and that the server is up", e);
        } catch (HttpException e) {
            throw new QueryException("endpoint " + url + " could not be reached (" + e.getMessage()
                    + "); check the URL and that the server is up", e);
        }
    }

    @Override
    public String describe() {
        return url;
    }
}
