package app.vidatlas.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A short fingerprint of a set of notes folders as they are on disk: every file's path, size and modification
 * time (the notes and their book summary among them). It changes when any note is added, removed or edited, without
 * reading a note: what was made under the same stamp (a page drawn at the last start) was made from the same notes.
 */
public final class NotesStamp {
    private NotesStamp() {
    }

    /**
     * The stamp of these folders: one walk over each (hidden folders skipped, as the notes' finder skips them), every
     * file's path, size and time from the walk itself; a linked file by what it links to. Every file counts, not only
     * notes: a change to any may invalidate what was made, never the other way round. A folder that cannot be listed
     * adds its reason, so the stamp still differs.
     */
    public static String of(List<NoteLocation> locations) {
        StringBuilder all = new StringBuilder();
        for (NoteLocation location : locations) {
            Path dir = location.dir();
            all.append("folder ").append(dir.toAbsolutePath()).append('\n');
            List<String> lines = new ArrayList<>();
            try {
                Path start = Files.isSymbolicLink(dir) ? dir.resolve(".") : dir;
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        Path name = d.getFileName();
                        return !d.equals(start) && name != null && name.toString().startsWith(".")
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String stamp = attrs.isSymbolicLink() ? stamp(file)
                                : attrs.size() + " " + attrs.lastModifiedTime().toInstant();
                        lines.add(start.relativize(file) + " " + stamp);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        lines.add(start.relativize(file) + " unreadable");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | SecurityException e) {
                lines.add("cannot list: " + e.getClass().getSimpleName());
            }
            java.util.Collections.sort(lines);
            lines.forEach(line -> all.append(line).append('\n'));
        }
        return NoteLoader.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** A linked file's size and time, of what it links to. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + " " + a.lastModifiedTime().toInstant();
        } catch (IOException | SecurityException e) {
            return "absent";
        }
    }
}
