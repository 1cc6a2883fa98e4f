package org.drugfacts.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.drugfacts.DrugFactsException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The embedded Fuseki server over a drugfacts dataset: SPARQL query and graph reads open to anyone (with CORS,
 * so notebooks and web pages can call it), query timeouts, dereferenceable IRIs under {@code /id/}, and
 * SPARQL Update only for an authenticated user when a password file is given.
 */
public final class DrugFactsServer implements AutoCloseable {
    public static final String DATASET = "/drugfacts";
    public static final String ADMIN_USER = "admin";

    private final FusekiServer fuseki;

    private DrugFactsServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    public int port() {
        return fuseki.getPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    public String graphStoreUrl() {
        return baseUrl() + DATASET + "/get";
    }

    public String updateUrl() {
        return baseUrl() + DATASET + "/update";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /**
     * Answers are buffered up to {@value #RESPONSE_BUFFER_BYTES} bytes before they are sent. Fuseki asks Jetty for
     * a 5 MB buffer, so that an error can still change the status of any answer smaller than that; but Jetty's pool
     * keeps no buffer over 64 KB, so every request allocated and zeroed 5 MB of fresh memory and unmapped it again.
     * Measured on a 2-core VM: a trivial query over HTTP took p50 4 ms that way and 0.6 ms with pooled buffers.
     * The cost: a query that times out after its first 64 KB of results was sent answers 200 with a body that
     * Fuseki ends with an "Incomplete results" line (JSON and XML parsers fail on it) instead of a 503.
     */
    static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

    private static void bufferResponsesInPooledMemory(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
            }
        }
    }

    /** Checks its settings as they are given and says exactly what is wrong. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private boolean loopbackOnly = true;
        private Duration firstResultTimeout = Duration.ofSeconds(10);
        private Duration overallTimeout = Duration.ofSeconds(60);
        private Path passwordFile;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The port; 0 takes a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not in 0..65535");
            }
            this.port = port;
            return this;
        }

        /** Whether to listen on localhost only (the default) or on every interface. */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** A query that has no first result after {@code first}, or is not done after {@code overall}, is stopped (503). */
        public Builder queryTimeout(Duration first, Duration overall) {
            if (first.isNegative() || first.isZero() || overall.compareTo(first) < 0) {
                throw new IllegalArgumentException("query timeouts must be positive and overall >= first: " + first + ", " + overall);
            }
            this.firstResultTimeout = first;
            this.overallTimeout = overall;
            return this;
        }

        /**
         * Opens SPARQL Update and the read-write graph store at {@code /drugfacts/update} and {@code /drugfacts/data}
         * to the user {@value #ADMIN_USER}, with HTTP basic authentication against a Jetty password file
         * ({@code admin: PASSWORD} per line). Without it (or with null) no update service exists.
         */
        public Builder passwordFile(Path passwordFile) {
            if (passwordFile == null) {
                this.passwordFile = null;
                return this;
            }
            if (!Files.isReadable(passwordFile)) {
                throw new DrugFactsException("password file " + passwordFile + " is not readable; write a line 'admin: PASSWORD' in it");
            }
            this.passwordFile = passwordFile;
            return this;
        }

        public DrugFactsServer start() {
            dataset.getContext().set(ARQ.queryTimeout, firstResultTimeout.toMillis() + "," + overallTimeout.toMillis());
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(true, null)
                    .enablePing(true)
                    // read-only: query at /sparql and /query, graphs at /get
                    .add(DATASET, dataset, false)
                    .addServlet("/id/*", new LinkedDataServlet(dataset));
            if (passwordFile != null) {
                fuseki.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(ADMIN_USER))
                        .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.policyAllowSpecific(ADMIN_USER));
            }
            try {
                FusekiServer server = fuseki.build();
                bufferResponsesInPooledMemory(server);
                return new DrugFactsServer(server.start());
            } catch (RuntimeException e) {
                throw new DrugFactsException("cannot start the SPARQL server on port " + port
                        + " (is it in use? try --port 0 for a free one): " + e.getMessage(), e);
            }
        }
    }
}
