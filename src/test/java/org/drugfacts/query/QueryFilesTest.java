package org.drugfacts.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.drugfacts.model.ConceptType;
import org.junit.jupiter.api.Test;

class QueryFilesTest {
    private static final Set<String> REQUIRED = Set.of("facts", "drug-facts", "fact-evidence",
            "contraindications-by-mechanism", "similar-drugs", "contraindicated-in", "interactions",
            "shared-adverse-effects", "conflicts", "source-count", "population-cautions", "resolve-concept");

    @Test
    void everyQuestionFileParsesWithItsHeader() {
        List<NamedQuery> all = QueryCatalog.shipped().all();
        assertTrue(all.stream().map(NamedQuery::name).toList().containsAll(REQUIRED), all.toString());
        for (NamedQuery question : all) {
            assertFalse(question.title().isBlank(), question.name());
            assertFalse(question.question().isBlank(), question.name());
            assertTrue(question.query().hasOrderBy(), question.name());
            assertTrue(question.query().hasLimit() || question.query().hasAggregators(), question.name() + " needs a LIMIT");
        }
    }

    /** The README is where users meet the questions: each one is shown from the CLI and from curl. */
    @Test
    void theReadmeShowsEveryQuestionFromTheCommandLineAndFromCurl() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (NamedQuery question : QueryCatalog.shipped().all()) {
            assertTrue(readme.contains("`query " + question.name() + " "), question.name() + " has no CLI line in the README");
            assertTrue(readme.contains("query@queries/" + question.name() + ".rq"), question.name() + " has no curl call in the README");
        }
    }

    /** Over HTTP the bound query is sent as text, so binding every parameter must leave valid SPARQL. */
    @Test
    void everyQuestionStaysValidSparqlWithEveryParameterBound() {
        for (NamedQuery question : QueryCatalog.shipped().all()) {
            Map<Var, Node> bindings = new HashMap<>();
            for (QueryParameter parameter : question.parameters()) {
                bindings.put(Var.alloc(parameter.name()), parameter.kind() == QueryParameter.Kind.TEXT
                        ? NodeFactory.createLiteralString("x\"} ; DROP ALL ; #")
                        : NodeFactory.createURI("https://w3id.org/drugfacts/id/drug/x"));
            }
            Query bound = QueryTransformOps.transform(question.query(), bindings);
            assertDoesNotThrow(() -> QueryFactory.create(bound.serialize()), question.name() + ":\n" + bound);
        }
    }

    @Test
    void parameterHeadersSayHowTheValueIsBound() {
        QueryCatalog catalog = QueryCatalog.shipped();
        QueryParameter drug = catalog.get("interactions").parameter("drug").orElseThrow();
        assertEquals(QueryParameter.Kind.CONCEPT, drug.kind());
        assertEquals(Set.of(ConceptType.DRUG, ConceptType.DRUG_CLASS), drug.conceptTypes());
        assertEquals(QueryParameter.Kind.RELATION, catalog.get("fact-evidence").parameter("property").orElseThrow().kind());
        assertEquals(QueryParameter.Kind.TEXT, catalog.get("resolve-concept").parameter("label").orElseThrow().kind());
        assertEquals(Set.of(ConceptType.CONDITION, ConceptType.POPULATION),
                catalog.get("contraindicated-in").parameter("condition").orElseThrow().conceptTypes());
    }

    @Test
    void aHeaderWithoutTitleOrOrderIsRefused() {
        assertThrows(QueryException.class, () -> NamedQuery.parse("bad", "SELECT * { ?s ?p ?o } ORDER BY ?s"));
        assertThrows(QueryException.class, () -> NamedQuery.parse("bad",
                "# Title: t\n# Question: q\n# Columns: s\nSELECT * { ?s ?p ?o }"));
        assertThrows(QueryException.class, () -> NamedQuery.parse("bad",
                "# Title: t\n# Question: q\n# @param drug  IRI of a drug\n# Columns: s\nSELECT * { ?s ?p ?o } ORDER BY ?s"));
    }

    @Test
    void anUnknownQuestionNamesTheKnownOnes() {
        QueryException e = assertThrows(QueryException.class, () -> QueryCatalog.shipped().get("no-such"));
        assertTrue(e.getMessage().contains("resolve-concept"), e.getMessage());
    }
}
