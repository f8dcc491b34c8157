package app.vidatlas.notes;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder of notes.
 *
 * @param dir     the folder (on disk, or inside the application jar for the bundled notes)
 * @param display how to name it to the user in messages ({@code data} for the bundled notes)
 */
public record NoteLocation(Path dir, String display) {
    public NoteLocation {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(display, "display");
    }

    public static NoteLocation of(Path dir) {
        return new NoteLocation(dir, dir.toString());
    }
}
