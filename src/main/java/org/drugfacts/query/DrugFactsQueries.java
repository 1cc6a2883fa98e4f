package org.drugfacts.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.Relation;
import org.drugfacts.vocab.DF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drugfacts questions ({@code queries/*.rq}) as a Java library, over one transport: a local dataset or a
 * SPARQL endpoint URL, with the same answers from both. Parameters are given as text and bound as RDF terms:
 * a concept by its preferred label, brand name, synonym (any case) or IRI; a relation by its TSV name or IRI.
 * Each question has a generic {@link #run} for the command line and, for the main ones, a typed method.
 */
public final class DrugFactsQueries {
    private static final Logger LOG = LoggerFactory.getLogger(DrugFactsQueries.class);
    private static final String RESOLVE = "resolve-concept";

    private final QueryCatalog catalog;
    private final SparqlTransport transport;

    public DrugFactsQueries(QueryCatalog catalog, SparqlTransport transport) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The shipped questions over a dataset in this JVM. */
    public static DrugFactsQueries local(DatasetGraph dataset) {
        return new DrugFactsQueries(QueryCatalog.shipped(), new LocalTransport(dataset));
    }

    /** The shipped questions over a SPARQL endpoint, e.g. {@code http://localhost:3030/drugfacts/sparql}. */
    public static DrugFactsQueries endpoint(String url) {
        return new DrugFactsQueries(QueryCatalog.shipped(), new EndpointTransport(url));
    }

    public QueryCatalog catalog() {
        return catalog;
    }

    public SparqlTransport transport() {
        return transport;
    }

    /**
     * Runs a question by name with parameters given as text; a parameter left out stays unbound, which asks
     * for every value (all drugs, all conditions).
     */
    public Answer run(String name, Map<String, String> parameters) {
        NamedQuery question = catalog.get(name);
        return runBound(question, bind(question, parameters));
    }

    /** Turns text parameters into RDF terms as their header says (concept, relation or text). */
    public Map<String, Node> bind(NamedQuery question, Map<String, String> parameters) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            QueryParameter parameter = question.parameter(entry.getKey()).orElseThrow(() -> new QueryException(
                    "question '" + question.name() + "' has no parameter '" + entry.getKey() + "'; it takes: "
                            + question.parameters().stream().map(QueryParameter::name).collect(Collectors.joining(", "))));
            String value = Objects.requireNonNull(entry.getValue(), "value of " + entry.getKey());
            bindings.put(parameter.name(), switch (parameter.kind()) {
                case CONCEPT -> resolve(parameter, value);
                case RELATION -> relation(parameter, value);
                case TEXT -> NodeFactory.createLiteralString(value);
            });
        }
        return bindings;
    }

    /** Runs a question with terms already bound (benchmarks use this to time the question alone). */
    public Answer runBound(NamedQuery question, Map<String, Node> bindings) {
        LOG.debug("question {} with {} on {}", question.name(), bindings, transport.describe());
        return transport.select(question.query(), bindings);
    }

    // ---------------------------------------------------------------- typed questions

    /** Every concept a name denotes, best match first (an IRI, then preferred labels, synonyms, brand names). */
    public List<ResolvedConcept> resolveConcept(String name) {
        Answer answer = transport.select(catalog.get(RESOLVE).query(),
                Map.of("label", NodeFactory.createLiteralString(expandIri(name.strip()))));
        return answer.map(row -> new ResolvedConcept(answer.text(row, "concept"), answer.text(row, "type"),
                answer.text(row, "prefLabel"), answer.text(row, "matched"), answer.text(row, "via")));
    }

    /** All facts, or those of one drug or drug class (null for all), as {@code drugfacts extract} prints them. */
    public List<StatedFact> facts(String subject) {
        Answer answer = run("facts", subject == null ? Map.of() : Map.of("subject", subject));
        return answer.map(row -> new StatedFact(answer.text(row, "drug"), answer.text(row, "relation"),
                answer.text(row, "object"), answer.text(row, "source"), answer.integer(row, "start"),
                answer.integer(row, "end"), answer.decimal(row, "confidence")));
    }

    /** Every place the fact (drug, relation, object) is stated; relation as TSV name or IRI. */
    public List<FactEvidence> factEvidence(String drug, String relation, String object) {
        Answer answer = run("fact-evidence", Map.of("drug", drug, "property", relation, "object", object));
        return answer.map(row -> new FactEvidence(answer.text(row, "statement"), answer.text(row, "source"),
                answer.integer(row, "start"), answer.integer(row, "end"),
                answer.node(row, "quote").map(Node::getLiteralLexicalForm).orElse(null),
                answer.decimal(row, "confidence"), answer.text(row, "method"),
                Boolean.parseBoolean(answer.text(row, "hedged")), answer.text(row, "graph")));
    }

    /** The drug's contraindications and interactions, grouped by the effect or mechanism that explains them. */
    public List<MechanismGroup> contraindicationsByMechanism(String drug) {
        Answer answer = run("contraindications-by-mechanism", Map.of("drug", drug));
        Map<String, List<ExplainedFact>> byEffect = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int row = 0; row < answer.size(); row++) {
            String effect = answer.text(row, "effect");
            labels.put(effect, answer.text(row, "effectLabel"));
            byEffect.computeIfAbsent(effect, e -> new ArrayList<>()).add(new ExplainedFact(answer.text(row, "relation"),
                    answer.text(row, "object"), answer.text(row, "objectLabel"), answer.text(row, "support")));
        }
        return byEffect.entrySet().stream()
                .map(e -> new MechanismGroup(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
    }

    /** Drugs sharing classes, mechanisms or effects with this one, most similar first. */
    public List<SimilarDrug> similarDrugs(String drug) {
        Answer answer = run("similar-drugs", Map.of("drug", drug));
        return answer.map(row -> new SimilarDrug(answer.text(row, "other"), answer.text(row, "otherLabel"),
                answer.integer(row, "shared"), answer.text(row, "sharedLabels")));
    }

    /** What the drug must not be combined with, each with the shared effect that explains it. */
    public List<Interaction> interactions(String drug) {
        Answer answer = run("interactions", Map.of("drug", drug));
        return answer.map(row -> new Interaction(answer.text(row, "other"), answer.text(row, "otherLabel"),
                answer.integer(row, "sources"), answer.node(row, "effect").map(Node::getURI).orElse(null),
                answer.node(row, "effectLabel").map(Node::getLiteralLexicalForm).orElse(null),
                answer.node(row, "support").map(Node::getLiteralLexicalForm).orElse(null)));
    }

    /** Drugs contraindicated in the condition or a narrower one, and why. */
    public List<Contraindication> contraindicatedIn(String condition) {
        Answer answer = run("contraindicated-in", Map.of("condition", condition));
        return answer.map(row -> new Contraindication(answer.text(row, "drug"), answer.text(row, "drugLabel"),
                answer.text(row, "stated"), answer.text(row, "statedLabel"), answer.integer(row, "sources"),
                answer.text(row, "because")));
    }

    /** The drug's facts relation by relation, with how many documents state each and the best confidence. */
    public List<DrugFact> drugFacts(String drug) {
        return drugFacts(drug, null);
    }

    /** The drug's facts of one relation (TSV name or IRI, e.g. adverse_effect; null for all). */
    public List<DrugFact> drugFacts(String drug, String relation) {
        Answer answer = run("drug-facts", relation == null ? Map.of("drug", drug) : Map.of("drug", drug, "property", relation));
        return answer.map(row -> new DrugFact(answer.text(row, "relation"), answer.text(row, "object"),
                answer.text(row, "objectLabel"), answer.integer(row, "sources"), answer.decimal(row, "confidence")));
    }

    /** Adverse effects the two drugs have in common. */
    public List<SharedAdverseEffect> sharedAdverseEffects(String drug, String other) {
        Answer answer = run("shared-adverse-effects", Map.of("drug", drug, "other", other));
        return answer.map(row -> new SharedAdverseEffect(answer.text(row, "effect"), answer.text(row, "effectLabel")));
    }

    /** The drug's facts with their independent sources, most sources first. */
    public List<FactSources> sourceCounts(String drug) {
        Answer answer = run("source-count", Map.of("drug", drug));
        return answer.map(row -> new FactSources(answer.text(row, "relation"), answer.text(row, "object"),
                answer.text(row, "objectLabel"), answer.integer(row, "sources"), answer.text(row, "sourceFiles")));
    }

    /** Where the sources contradict each other about the drug, with the documents on each side. */
    public List<Conflict> conflicts(String drug) {
        Answer answer = run("conflicts", Map.of("drug", drug));
        return answer.map(row -> new Conflict(answer.text(row, "object"), answer.text(row, "objectLabel"),
                answer.text(row, "relation"), answer.integer(row, "sources"), answer.text(row, "sourceFiles"),
                answer.text(row, "conflictingRelation"), answer.integer(row, "conflictingSources"),
                answer.text(row, "conflictingSourceFiles"), answer.text(row, "fact"),
                answer.text(row, "conflictingFact")));
    }

    /**
     * Drugs that need caution in, are contraindicated in, or warn about the population (pregnancy, children, ...)
     * or a narrower one.
     */
    public List<PopulationCaution> populationCautions(String population) {
        Answer answer = run("population-cautions", Map.of("population", population));
        return answer.map(row -> new PopulationCaution(answer.text(row, "population"), answer.text(row, "populationLabel"),
                answer.text(row, "drug"), answer.text(row, "drugLabel"), answer.text(row, "relation"),
                answer.text(row, "stated"), answer.text(row, "statedLabel"), answer.integer(row, "sources")));
    }

    // ---------------------------------------------------------------- binding

    private Node resolve(QueryParameter parameter, String value) {
        String expected = parameter.conceptTypes().size() == ConceptType.values().length ? "concept"
                : parameter.conceptTypes().stream().map(t -> t.pathSegment().replace('-', ' '))
                        .sorted().collect(Collectors.joining(" or "));
        Optional<ResolvedConcept> best = resolveConcept(value).stream()
                .filter(c -> ConceptType.fromPathSegment(c.type()).map(parameter.conceptTypes()::contains).orElse(false))
                .findFirst();
        return NodeFactory.createURI(best.orElseThrow(
                () -> new UnresolvedConceptException(parameter.name(), value, expected)).iri());
    }

    private static Node relation(QueryParameter parameter, String value) {
        String text = value.strip();
        String localName = text.startsWith(DF.NAMESPACE) ? text.substring(DF.NAMESPACE.length())
                : text.startsWith("df:") ? text.substring(3) : null;
        Optional<Relation> relation = localName != null ? Relation.fromProperty(localName) : Relation.fromTsvName(text);
        return NodeFactory.createURI(DF.NAMESPACE + relation.orElseThrow(() -> new QueryException(
                "parameter '" + parameter.name() + "': '" + value + "' is no relation; use a TSV name ("
                        + java.util.Arrays.stream(Relation.values()).map(Relation::tsvName).collect(Collectors.joining(", "))
                        + ") or its df: IRI")).property());
    }

    /** Lets users write {@code id:drug/clonazepam} for the full concept IRI. */
    private static String expandIri(String name) {
        return name.startsWith("id:") ? DF.ID + name.substring(3) : name;
    }
}
