package app.vidatlas.notes;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A note file found by a scan, read once to check it and take its content hash.
 *
 * @param path    where it is
 * @param id      its id: path relative to the notes folder, with {@code /}
 * @param display how to name it to the user
 * @param hash    SHA-256 of its bytes, hex: the note is unchanged while this is
 */
public record NoteFile(Path path, String id, String display, String hash) {
    public NoteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(hash, "hash");
    }
}
