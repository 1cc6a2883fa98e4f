package org.drugfacts.evaluate;

import java.util.Objects;

import org.drugfacts.model.Fact;

/**
 * What evaluation compares: (subject, relation, object, source), subject and object by slug so a synonym
 * in a gold file and the extractor's preferred label meet. Labels are kept for the report.
 */
public record FactKey(String subject, String relation, String object, String source,
                      String subjectLabel, String objectLabel) {
    public FactKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(source, "source");
    }

    public static FactKey of(Fact fact) {
        return new FactKey(fact.subject().slug(), fact.relation().tsvName(), fact.object().slug(), fact.source(),
                fact.subject().prefLabel(), fact.object().prefLabel());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactKey k && subject.equals(k.subject) && relation.equals(k.relation)
                && object.equals(k.object) && source.equals(k.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, relation, object, source);
    }

    /** One TSV row as gold files write it: drug, relation, object, source. */
    public String row() {
        return subjectLabel + "\t" + relation + "\t" + objectLabel + "\t" + source;
    }
}
