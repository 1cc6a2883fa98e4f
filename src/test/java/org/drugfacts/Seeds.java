package org.drugfacts;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's source documents: {@code ../shared/seeds}, beside the checkout. */
public final class Seeds {
    private Seeds() {
    }

    public static Path folder() {
        Path folder = Path.of(System.getProperty("drugfacts.seeds", "../shared/seeds"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("the seed documents are missing: expected them in " + folder.toAbsolutePath()
                    + " (../shared/seeds beside the checkout)");
        }
        return folder;
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }
}
