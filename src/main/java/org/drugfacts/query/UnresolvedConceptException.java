package org.drugfacts.query;

/** A parameter names a concept (by label, brand name, synonym or IRI) that the knowledge graph does not know. */
public class UnresolvedConceptException extends QueryException {
    private final String parameter;
    private final String value;

    public UnresolvedConceptException(String parameter, String value, String expected) {
        super("parameter '" + parameter + "': no " + expected + " has the label, brand name or IRI '" + value
                + "'; check the spelling, or list candidates with `drugfacts query resolve-concept --param label=...`");
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
