package org.drugfacts.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A source document: its file name (which identifies it: a changed file replaces its earlier version), the
 * SHA-256 of its bytes (which says whether it changed) and its decoded text.
 */
public record SourceDocument(String fileName, String sha256, String text) {
    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        if (fileName.isBlank() || fileName.contains("/")) {
            throw new IllegalArgumentException("file name '" + fileName + "' must be a bare, non-blank name");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 of '" + fileName + "' is not 64 lower-case hex digits");
        }
    }

    /** A document whose bytes are its text in UTF-8, as tests and generated corpora make them. */
    public static SourceDocument ofText(String fileName, String text) {
        return new SourceDocument(fileName, sha256(text.getBytes(StandardCharsets.UTF_8)), text);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
