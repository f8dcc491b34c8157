package app.vidatlas.userdata;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * Writes a file so that a crash or power loss leaves either the old file or the new one, never half of one. A
 * symbolic link (a config file kept in a dotfiles repository, say) is written through: its target gets the new
 * content and the link stays a link.
 */
public final class AtomicFiles {
    /** Links followed before giving up: a loop of links would otherwise never end. */
    private static final int MAX_LINKS = 40;
    /** Made on the first write: seeding it takes 20 ms, and a start only reads (its settings, before the window). */
    private static final class Names {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private AtomicFiles() {
    }

    /**
     * Reads a JSON file that must hold an object; anything else (an empty or cut-short file, a list, {@code null})
     * is an error, so that the caller sets the file aside rather than reading it as empty and overwriting it.
     */
    public static JsonNode readJsonObject(Path file) throws IOException {
        JsonNode root = UserJson.read(Files.readAllBytes(file));
        if (root == null || !root.isObject()) {
            throw new IOException(file.getFileName() + " does not hold a JSON object");
        }
        return root;
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, AtomicFiles::syncDirectory);
    }

    /** As {@link #write(Path, byte[])}, with the folder's sync passed in so a test can see when it happens. */
    static void write(Path file, byte[] bytes, Consumer<Path> syncDirectory) throws IOException {
        // The rename must land on the link's target: renaming onto the link itself would replace it by a file.
        Path target = realFile(file);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = createBeside(target);
        try {
            // On disk before the rename: some file systems may otherwise keep the rename and lose the data.
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            // The rename puts the new file, with its own mode, in place of the old: the old one's mode goes with it.
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            // The rename lives in the folder: until the folder is on disk, a power cut can bring the old file back.
            syncDirectory.accept(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty file beside the target, under a name no other file has. Created with the default mode (what the
     * user's umask leaves of 0666), as any program would create the file, rather than {@link
     * Files#createTempFile}'s 0600 that the rename would give the file itself.
     */
    private static Path createBeside(Path target) throws IOException {
        String name = target.getFileName().toString();
        for (int n = 0; ; n++) {
            Path tmp = target.resolveSibling(name + "." + Long.toUnsignedString(Names.RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (n == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Gives the new file the permissions of the file it replaces (a settings file readable by others, or shared with
     * a group, stays so), and its group when the user may give it. Nothing to do when there is no file yet, or no
     * POSIX permissions (Windows).
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from == null || to == null || !Files.exists(target)) {
            return;
        }
        PosixFileAttributes old;
        try {
            old = from.readAttributes();
        } catch (NoSuchFileException e) {
            return; // gone meanwhile: a new file, with the default mode
        }
        try {
            // Before the mode: changing the group may clear set-id bits on some systems.
            if (!old.group().equals(to.readAttributes().group())) {
                to.setGroup(old.group());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a group this user is in: the permissions still carry over.
        }
        to.setPermissions(old.permissions());
    }

    /**
     * Puts a folder's entries (a rename into it) on disk. Some platforms (Windows) refuse to open a folder, and some
     * file systems to sync one: the data itself is already on disk then, so there is nothing better to do than go on.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // refused: see above
        }
    }

    /**
     * The file a path names once symbolic links are followed; the path itself when it is no link. A link whose
     * target does not exist yet gives that target (writing creates it), unlike {@link Path#toRealPath}.
     */
    public static Path realFile(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int n = 0; Files.isSymbolicLink(p); n++) {
            if (n == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many symbolic links");
            }
            // A relative target is relative to the link's folder.
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return p;
    }

    /**
     * Renames an unreadable file out of the way (never deletes it); returns its new name, or null. A symbolic link's
     * target is the one renamed, so that the link stays and the next write through it starts the file afresh.
     */
    public static Path setAside(Path file) {
        Path target;
        try {
            target = realFile(file);
        } catch (IOException e) {
            return null;
        }
        String name = target.getFileName() + ".unreadable-" + System.currentTimeMillis();
        // Two files set aside within a millisecond would take one name, and the second would stay to be overwritten.
        for (int n = 0; n < 100; n++) {
            Path aside = target.resolveSibling(n == 0 ? name : name + "-" + n);
            try {
                Files.move(target, aside);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // taken: the next name
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
