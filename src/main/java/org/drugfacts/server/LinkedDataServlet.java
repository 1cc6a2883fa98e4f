package org.drugfacts.server;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.drugfacts.vocab.DF;

/**
 * Makes the project's IRIs dereferenceable: {@code GET /id/drug/clonazepam} answers what the union graph says
 * of {@code https://w3id.org/drugfacts/id/drug/clonazepam} (every triple with it as subject, and the labels of
 * what those point to), in Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final List<Lang> OFFERED = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML, Lang.TRIG);
    private static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");

    private final transient DatasetGraph dataset;

    LinkedDataServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "name a resource, e.g. /id/drug/clonazepam");
            return;
        }
        Node subject = NodeFactory.createURI(DF.ID + path.substring(1));
        Graph description = Txn.calculateRead(dataset, () -> describe(subject));
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known of " + subject.getURI());
            return;
        }
        Lang lang = negotiate(request.getHeader("Accept"), request.getParameter("format"));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        RDFDataMgr.write(response.getOutputStream(), description, lang);
    }

    private Graph describe(Node subject) {
        Graph union = dataset.getUnionGraph();
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefix("df", DF.NAMESPACE).setNsPrefix("id", DF.ID)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            description.add(t);
            if (t.getObject().isURI()) {
                union.find(t.getObject(), PREF_LABEL, Node.ANY).forEachRemaining(description::add);
            }
        });
        return description;
    }

    /** The format asked for by ?format= (turtle, jsonld, nt, rdfxml) or the Accept header; Turtle by default. */
    static Lang negotiate(String accept, String format) {
        if (format != null) {
            Lang byName = RDFLanguages.shortnameToLang(format);
            if (byName != null && OFFERED.contains(byName)) {
                return byName;
            }
        }
        if (accept != null) {
            for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
                String type = part.split(";")[0].strip();
                for (Lang lang : OFFERED) {
                    if (lang.getContentType().getContentTypeStr().equals(type)
                            || lang.getAltContentTypes().contains(type)) {
                        return lang;
                    }
                }
            }
        }
        return Lang.TURTLE;
    }
}
