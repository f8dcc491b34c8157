package app.vidatlas.catalog;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that a crash or power loss leaves either the old file or the new one, never half of one. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Reads a JSON file that must hold an object; anything else (an empty or cut-short file, a list, {@code null})
     * is an error, so that the caller sets the file aside rather than reading it as empty and overwriting it.
     */
    public static com.fasterxml.jackson.databind.JsonNode readJsonObject(Path file,
                                                                        com.fasterxml.jackson.databind.ObjectMapper mapper)
            throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file.getFileName() + " does not hold a JSON object");
        }
        return root;
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            // On disk before the rename: some file systems may otherwise keep the rename and lose the data.
            try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames an unreadable file out of the way (never deletes it); returns its new name, or null. */
    public static Path setAside(Path file) {
        String name = file.getFileName() + ".unreadable-" + System.currentTimeMillis();
        // Two files set aside within a millisecond would take one name, and the second would stay to be overwritten.
        for (int n = 0; n < 100; n++) {
            Path aside = file.resolveSibling(n == 0 ? name : name + "-" + n);
            try {
                Files.move(file, aside);
                return aside;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: the next name
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
