package org.drugfacts.model;

import java.util.Objects;

/**
 * One fact with its evidence: a drug (or a whole drug class) stands in a relation to a concept, as stated
 * in a source document. Extracted facts carry the character span they were read from; curated facts from
 * {@code data/reviewed/} cite their document by file name only, so their span is null.
 *
 * @param hedged     the statement was hedged ("may", "rarely"); the confidence already reflects it
 * @param confidence in [0, 1], from how the fact was found
 */
public record Fact(Concept subject, Relation relation, Concept object, String source, EvidenceSpan span,
                   double confidence, ExtractionMethod method, boolean hedged) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
        if (subject.type() != ConceptType.DRUG && subject.type() != ConceptType.DRUG_CLASS) {
            throw new IllegalArgumentException("a fact's subject must be a drug or a drug class, not " + subject);
        }
        if (!relation.accepts(object.type())) {
            throw new IllegalArgumentException(relation.tsvName() + " does not take a " + object.type() + ": " + object.slug());
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
        if (span == null && method != ExtractionMethod.CURATED) {
            throw new IllegalArgumentException("an extracted fact needs its evidence span");
        }
    }

    /** The identity of what is claimed, regardless of where or how: (subject, relation, object). */
    public String claimKey() {
        return subject.type().pathSegment() + "/" + subject.slug() + " " + relation.tsvName() + " "
                + object.type().pathSegment() + "/" + object.slug();
    }
}
