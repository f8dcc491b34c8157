package app.vidatlas.notes;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder of notes.
 *
 * @param dir        the folder (on disk, or inside the application jar for the bundled notes)
 * @param display    how to name it to the user in messages ({@code data} for the bundled notes)
 * @param figureRoot the folder a note's figure links may reach, and no further: the notes folder itself, or for the
 *                   bundled notes the application's resources, where {@code assets/} sits beside {@code data/}
 */
public record NoteLocation(Path dir, String display, Path figureRoot) {
    public NoteLocation {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(figureRoot, "figureRoot");
        if (!dir.startsWith(figureRoot)) {
            throw new IllegalArgumentException("the figure root " + figureRoot + " does not hold " + dir);
        }
    }

    /** A folder whose figures stay inside it. */
    public NoteLocation(Path dir, String display) {
        this(dir, display, dir);
    }

    public static NoteLocation of(Path dir) {
        return new NoteLocation(dir, dir.toString());
    }
}
