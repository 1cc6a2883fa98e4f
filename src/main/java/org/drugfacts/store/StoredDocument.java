package org.drugfacts.store;

/** A document the store holds: its file name, content hash, and the number of statements read from it. */
public record StoredDocument(String fileName, String sha256, long statements) {
}
