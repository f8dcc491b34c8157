package app.vidatlas.userdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reading list and the user's notes, as JSON in the config folder ({@code library.json}), apart from the
 * settings so that a broken settings file never costs a bookmark. Written atomically; a file that cannot be read
 * whole (not JSON, or a value of a type the app does not write) is set aside with a notice, never overwritten.
 *
 * <p>Several windows (each its own store, often its own process) may keep one file: a save re-reads the file under
 * a lock and makes only this window's changes to it, so another window's bookmarks and notes stay; and
 * {@link #reloadIfChanged()} tells a window what the others changed.
 */
public final class UserLibraryStore {
    /** The format written; a file of a later one is not read whole, so it is set aside rather than rewritten. */
    private static final int VERSION = 1;
    /**
     * A file lock belongs to the whole process, and a second one taken in the same process throws: stores in one
     * process take turns here first.
     */
    private static final Object IN_PROCESS = new Object();

    private final Path file;
    private final Path lockFile;
    private String notice;
    /** The library this window was last given (loaded, saved, reloaded): its changes are measured from it. */
    private UserLibrary base = UserLibrary.EMPTY;
    /** The file as this store last read or wrote it, to tell when another window has changed it; null: no file. */
    private Stamp seen;
    /** The version of the file that could be neither read nor set aside, already told. */
    private Stamp stuck;

    public UserLibraryStore(Path dir) {
        this.file = dir.resolve("library.json");
        this.lockFile = dir.resolve("library.json.lock");
    }

    /** What went wrong last (a file set aside), for the user; null when all was well. */
    public String notice() {
        return notice;
    }

    /** The notice, once: the next call gives null until something else goes wrong. */
    public String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }

    public UserLibrary load() {
        if (!Files.exists(file)) {
            seen = null;
            base = UserLibrary.EMPTY;
            return base;
        }
        try {
            base = locked(this::read).map(Disk::library).orElse(UserLibrary.EMPTY);
        } catch (IOException e) {
            base = UserLibrary.EMPTY;
        }
        return base;
    }

    /**
     * Saves the library as this window has it after a change: the changes since this store last gave the window
     * its library are made to the file as it is now, so another window's changes to other papers stay. Returns the
     * library as saved, the other windows' changes included: the window shows that from now on.
     *
     * @throws IOException when the file could not be written (or was unreadable and could not be set aside)
     */
    public UserLibrary save(UserLibrary library) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return locked(() -> {
            Optional<Disk> disk = read();
            // No file (first save, or just set aside): what this window has is all there is to keep.
            UserLibrary merged = disk.map(Disk::library).orElse(base).withChanges(base, library);
            ObjectNode root = disk.map(Disk::root).orElseGet(UserJson::object);
            root.put("version", VERSION);
            ArrayNode bookmarks = root.putArray("bookmarks");
            merged.bookmarks().forEach(bookmarks::add);
            ObjectNode notes = root.putObject("notes");
            merged.notes().forEach(notes::put);
            AtomicFiles.write(file, UserJson.write(root));
            seen = Stamp.of(file);
            base = merged;
            return merged;
        });
    }

    /**
     * The library as another window left it, when the file has changed since this store last read or wrote it
     * (its time, size or identity differ); empty when it has not. A file gone or unreadable (set aside, with a
     * notice) also gives empty: the window keeps what it has, and its next save writes that.
     */
    public Optional<UserLibrary> reloadIfChanged() {
        if (Objects.equals(Stamp.of(file), seen)) {
            return Optional.empty();
        }
        try {
            Optional<UserLibrary> fresh = locked(this::read).map(Disk::library);
            fresh.ifPresent(l -> base = l);
            return fresh;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The file as it is now; empty when there is none, or when it could not be read whole and was set aside (with
     * a notice).
     *
     * @throws IOException when it could not be read and could not be set aside either: then nothing may write it
     */
    private Optional<Disk> read() throws IOException {
        Stamp stamp = Stamp.of(file);
        seen = null;
        if (stamp == null) {
            return Optional.empty();
        }
        try {
            ObjectNode root = (ObjectNode) AtomicFiles.readJsonObject(file);
            UserLibrary library = parse(root);
            seen = stamp;
            return Optional.of(new Disk(library, root));
        } catch (IOException | RuntimeException e) {
            Path aside = AtomicFiles.setAside(file);
            if (aside == null) {
                // Said once for this version of the file: a window that reloads on focus must not ask again and
                // again (each dialog closing gives the focus back).
                if (!stamp.equals(stuck)) {
                    notice = "Your reading list could not be read, nor moved aside: " + file
                            + " is left as it is, and your changes are not saved.";
                }
                stuck = stamp;
                seen = stamp;
                throw new IOException(file.getFileName() + " could not be read nor moved aside", e);
            }
            notice = "Your reading list could not be read; it was kept as " + aside.getFileName() + ".";
            return Optional.empty();
        }
    }

    /** The library in a file's JSON; an error for anything it cannot take whole, so that nothing is dropped. */
    private static UserLibrary parse(JsonNode root) throws IOException {
        JsonNode version = root.get("version");
        if (version != null && !(version.isIntegralNumber() && version.asLong() <= VERSION)) {
            throw new IOException("library.json is of a later version: " + version);
        }
        List<String> bookmarks = new ArrayList<>();
        JsonNode b = root.get("bookmarks");
        if (b != null) {
            if (!b.isArray()) {
                throw new IOException("bookmarks is not a list");
            }
            for (JsonNode n : b) {
                bookmarks.add(text(n, "a bookmark"));
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        JsonNode n = root.get("notes");
        if (n != null) {
            if (!n.isObject()) {
                throw new IOException("notes is not an object");
            }
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
                notes.put(e.getKey(), text(e.getValue(), "the note on " + e.getKey()));
            }
        }
        return new UserLibrary(bookmarks, notes);
    }

    private static String text(JsonNode node, String what) throws IOException {
        if (!node.isTextual()) {
            throw new IOException(what + " is not text: " + node);
        }
        return node.asText();
    }

    /** Runs under the file lock, so that two windows saving at once do not each write over the other's change. */
    private <T> T locked(IoAction<T> action) throws IOException {
        synchronized (IN_PROCESS) {
            FileChannel channel = null;
            FileLock lock = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = channel.lock();
            } catch (IOException e) {
                // No lock to be had (a read-only folder, a file system without locks): saving unlocked still
                // merges, and only two saves in the same instant could then collide.
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
            }
            try {
                return action.run();
            } finally {
                if (lock != null) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            }
        }
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    /** The file read: the library, and its JSON (kept to write back, fields of a later app included). */
    private record Disk(UserLibrary library, ObjectNode root) {
    }

    /** What tells one version of the file from the next (a save renames a new file in, so its key changes too). */
    private record Stamp(Object key, FileTime modified, long size) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.fileKey(), a.lastModifiedTime(), a.size());
            } catch (IOException e) {
                return null;
            }
        }
    }
}
