package app.vidatlas.notes;

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
 * The notes and metadata that ship inside the application ({@code data/} in the repository), found on the class
 * path so that the app works from wherever it is started: from {@code target/classes} or from inside the jar.
 */
public final class BundledNotes {
    /** Where the build puts {@code data/} on the class path. */
    public static final String RESOURCE_ROOT = "/vidatlas/data";
    /** Where the build puts {@code assets/} on the class path. */
    public static final String ASSETS_ROOT = "/vidatlas/assets";

    private BundledNotes() {
    }

    /** The bundled notes folder. */
    public static NoteLocation location() {
        Path data = resourcePath(RESOURCE_ROOT);
        return new NoteLocation(data, "data", data.getParent() != null ? data.getParent() : data);
    }

    /** The bundled curated metadata, {@code data/papers.json}. */
    public static Path papersJson() {
        return resourcePath(RESOURCE_ROOT).resolve("papers.json");
    }

    /** A file or folder of the application's own resources as a path: inside its jar when it runs from one. */
    public static Path resourcePath(String resource) {
        URL url = BundledNotes.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing from the application: " + resource);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(resource);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the application jar to read " + resource, e);
        }
    }
}
