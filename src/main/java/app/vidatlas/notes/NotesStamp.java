package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A short fingerprint of a set of notes folders as they are on disk: every note file's path, size and modification
 * time, and each folder's book summary. It changes when any note is added, removed or edited, without reading a note;
 * what was made from the same stamp (a page drawn at the last start) was made from the same notes.
 */
public final class NotesStamp {
    private NotesStamp() {
    }

    /** The stamp of these folders; a folder that cannot be listed adds its reason, so the stamp still differs. */
    public static String of(List<NoteLocation> locations) {
        MessageDigest digest = sha256();
        for (NoteLocation location : locations) {
            List<Diagnostic> problems = new ArrayList<>();
            List<Path> files = new ArrayList<>(NoteFinder.find(location, problems));
            files.add(location.dir().resolve(BookSummary.FILE_NAME));
            add(digest, "folder " + location.dir().toAbsolutePath());
            for (Path file : files) {
                add(digest, location.dir().relativize(file) + " " + stamp(file));
            }
            problems.forEach(p -> add(digest, p.message()));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + " " + a.lastModifiedTime().toInstant();
        } catch (IOException | SecurityException e) {
            return "absent";
        }
    }

    private static void add(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
