package org.drugfacts.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads every file with a given suffix from a folder on the classpath, whether the folder is a directory (in a
 * build) or inside the jar, so query and rule files ship with the code and are found without a list of names.
 */
public final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /** File name without its suffix -> file text, sorted by name so that every run sees the same order. */
    public static Map<String, String> read(String folder, String suffix) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new QueryException("classpath folder '" + folder + "' is missing: build with `mvn package` so "
                    + "the jar carries it, or run from the project's checkout");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String ssp = uri.getRawSchemeSpecificPart();
                int separator = ssp.indexOf("!/");
                try (FileSystem jar = FileSystems.newFileSystem(Path.of(URI.create(ssp.substring(0, separator))),
                        (ClassLoader) null)) {
                    return readDirectory(jar.getPath(ssp.substring(separator + 1)), suffix);
                }
            }
            return readDirectory(Path.of(uri), suffix);
        } catch (IOException | URISyntaxException e) {
            throw new QueryException("cannot read classpath folder '" + folder + "' (" + url + "): " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readDirectory(Path directory, String suffix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String fileName = path.getFileName().toString();
                if (fileName.endsWith(suffix)) {
                    String name = fileName.substring(0, fileName.length() - suffix.length());
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
