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
 * @param stamp   its size and modification time when it was hashed
 * @param title   the title its folder's {@code SUMMARY.md} gives it, or null: it then keeps its own (first heading)
 * @param branch  its folder's name when several folders are open (its categories go under it), else null
 */
public record NoteFile(Path path, String id, String display, String hash, Stamp stamp, String title, String branch) {
    /**
     * What a file looked like when it was hashed. While a note's size and modification time (to the nanosecond where
     * the file system keeps them) stay the same, its hash is taken as unchanged, and the note is not read again:
     * opening a large library then costs one look at each file, not a read of every byte.
     */
    public record Stamp(long size, long modified) {
        public static final Stamp UNKNOWN = new Stamp(-1, Long.MIN_VALUE);
    }

    /** What was found of a note last time: its hash, and what its file looked like then. */
    public record Seen(String hash, Stamp stamp) {
    }

    public NoteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(hash, "hash");
        stamp = Objects.requireNonNullElse(stamp, Stamp.UNKNOWN);
    }

    /** A note no table of contents names. */
    public NoteFile(Path path, String id, String display, String hash, Stamp stamp) {
        this(path, id, display, hash, stamp, null, null);
    }

    /** A note of the only folder open (no branch of its own in the category tree). */
    public NoteFile(Path path, String id, String display, String hash, Stamp stamp, String title) {
        this(path, id, display, hash, stamp, title, null);
    }
}
