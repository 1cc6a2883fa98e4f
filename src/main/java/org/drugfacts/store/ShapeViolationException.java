package org.drugfacts.store;

/** A graph failed the SHACL shapes in {@code ontology/shapes.ttl}; it was not written. */
public class ShapeViolationException extends StoreException {
    public ShapeViolationException(String message) {
        super(message);
    }
}
