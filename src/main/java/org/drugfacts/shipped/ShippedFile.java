package org.drugfacts.shipped;

import java.nio.charset.StandardCharsets;

/** A file the jar ships: its path on the classpath (such as {@code data/documents/zolpidem.txt}) and its bytes. */
public record ShippedFile(String path, byte[] bytes) {
    /** The last path segment, e.g. {@code zolpidem.txt}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file name without the given suffix, e.g. {@code similar-drugs} for {@code .rq}. */
    public String baseName(String suffix) {
        String name = fileName();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
