package org.drugfacts.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates a graph against the project's SHACL shapes before it is committed, so nothing that breaks the data
 * model reaches the store. The shapes are parsed once.
 */
final class ShapeCheck {
    static final String SHAPES_RESOURCE = "ontology/shapes.ttl";
    private static final int VIOLATIONS_SHOWN = 5;

    private final Shapes shapes;

    private ShapeCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    static ShapeCheck shipped() {
        try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new StoreException("the shapes " + SHAPES_RESOURCE + " are not on the classpath: rebuild the jar");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return new ShapeCheck(Shapes.parse(graph));
        } catch (IOException e) {
            throw new StoreException("cannot read " + SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Throws when the graph does not conform, naming what was checked and the first violations. */
    void check(Graph graph, String what) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (!report.conforms()) {
            String shown = report.getEntries().stream().limit(VIOLATIONS_SHOWN)
                    .map(e -> e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
                    .collect(Collectors.joining("; "));
            throw new ShapeViolationException(what + " fails the shapes in " + SHAPES_RESOURCE + " ("
                    + report.getEntries().size() + " violations): " + shown);
        }
    }
}
