package app.vidatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own small test notes, under {@code src/test/resources/fixtures}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path notesDir() {
        return resource("/fixtures/notes");
    }

    public static String note(String name) {
        try {
            return Files.readString(notesDir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

    /** {@code ../shared}, where the notes' real figures and extra notes are; null when this machine has none. */
    public static Path shared() {
        String configured = System.getProperty("vidatlas.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return Files.isDirectory(p) ? p.toAbsolutePath().normalize() : null;
    }
}
