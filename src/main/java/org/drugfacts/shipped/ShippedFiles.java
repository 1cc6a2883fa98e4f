package org.drugfacts.shipped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.drugfacts.DrugFactsException;

/**
 * Reads what the jar ships ({@code ontology/}, {@code data/}, {@code queries/}) from the classpath, whether it
 * is a folder (a build, the tests) or the shaded jar, so files are found by folder without a list of names.
 */
public final class ShippedFiles {
    /** The jar, opened once: reading its directory again for every folder would cost more than the files. */
    private static FileSystem jar;

    private ShippedFiles() {
    }

    private static synchronized FileSystem jar(Path jarFile) throws IOException {
        if (jar == null) {
            jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null);
        }
        return jar;
    }

    /** One shipped file; an error if the jar lacks it. */
    public static ShippedFile read(String path) {
        try (InputStream in = ShippedFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new DrugFactsException("the shipped file " + path + " is missing: rebuild the jar (mvn package)");
            }
            return new ShippedFile(path, in.readAllBytes());
        } catch (IOException e) {
            throw new DrugFactsException("cannot read the shipped file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every file of a shipped folder whose name ends with the suffix, sorted by name; empty if the folder is not shipped. */
    public static List<ShippedFile> list(String folder, String suffix) {
        URL url = ShippedFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String spec = uri.getRawSchemeSpecificPart();
                int separator = spec.indexOf("!/");
                return readFolder(jar(Path.of(URI.create(spec.substring(0, separator))))
                        .getPath(spec.substring(separator + 1)), folder, suffix);
            }
            return readFolder(Path.of(uri), folder, suffix);
        } catch (IOException | URISyntaxException e) {
            throw new DrugFactsException("cannot list the shipped folder " + folder + " (" + url + "): " + e.getMessage(), e);
        }
    }

    private static List<ShippedFile> readFolder(Path directory, String folder, String suffix) throws IOException {
        List<ShippedFile> files = new ArrayList<>();
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                files.add(new ShippedFile(prefix + path.getFileName(), Files.readAllBytes(path)));
            }
        }
        return files;
    }
}
