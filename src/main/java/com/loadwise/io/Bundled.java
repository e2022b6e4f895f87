package com.loadwise.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folders bundled into the jar from the repository's top level ({@code exercise-library}, {@code templates}),
 * seen as {@link Path}s whether the code runs from the jar or from {@code target/classes}.
 */
public final class Bundled {

    private static final String MARKER = "/exercise-library/vocabulary.yaml";

    private Bundled() {}

    /** The bundled exercise library folder. */
    public static Path libraryRoot() {
        return root().resolve("exercise-library");
    }

    /** The bundled templates folder. */
    public static Path templatesRoot() {
        return root().resolve("templates");
    }

    private static Path root() {
        URL url = Bundled.class.getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("the bundled exercise library is missing from the class path (" + MARKER
                    + "); rebuild with mvn package");
        }
        try {
            URI uri = url.toURI();
            Path marker;
            if ("jar".equals(uri.getScheme())) {
                marker = jarFileSystem(uri).provider().getPath(uri);
            } else {
                marker = Path.of(uri);
            }
            return marker.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate bundled resources: " + url, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar's bundled files", e);
        }
    }
}
