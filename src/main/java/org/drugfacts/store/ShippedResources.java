package org.drugfacts.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists and reads the data the jar ships ({@code ontology/}, {@code data/}), whether the classpath is a folder
 * (tests, IDE) or the shaded jar.
 */
final class ShippedResources {
    /** A shipped file: its path inside the classpath (such as {@code data/documents/zolpidem.txt}) and its bytes. */
    record Resource(String path, byte[] bytes) {
        String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private ShippedResources() {
    }

    static Resource read(String path) {
        try (var in = ShippedResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("the shipped file " + path + " is not in the jar: rebuild it (mvn package)");
            }
            return new Resource(path, in.readAllBytes());
        } catch (IOException e) {
            throw new StoreException("cannot read the shipped file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every file in a shipped folder (not recursive), sorted by name; empty when the folder is not shipped. */
    static List<Resource> list(String folder, String extension) {
        URL url = ShippedResources.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return readAll(jar.provider().getPath(uri), folder, extension);
                } catch (UnsupportedOperationException e) {
                    // the default file system cannot be closed: it was already open
                    return readAll(Path.of(uri), folder, extension);
                }
            }
            return readAll(Path.of(uri), folder, extension);
        } catch (IOException | URISyntaxException e) {
            throw new StoreException("cannot list the shipped folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static List<Resource> readAll(Path dir, String folder, String extension) throws IOException {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList()) {
                String name = file.getFileName().toString();
                resources.add(new Resource(folder.replaceAll("/$", "") + "/" + name, Files.readAllBytes(file)));
            }
        }
        return resources;
    }
}
