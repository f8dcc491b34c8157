package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Walks a notes folder for the files that may be notes. Kept apart from {@link NoteLoader} so that what counts as a
 * note file (and which hidden files, links and special files are passed over, and why) is decided in one place, with
 * no reading or parsing mixed in.
 */
final class NoteFinder {
    private NoteFinder() {
    }

    /**
     * A note is a {@code .md}, {@code .markdown} or {@code .txt} file; a README describes its folder and is not
     * a note (the bundled {@code data/README.md} says where the notes come from).
     */
    static boolean isNote(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("readme.")) {
            return false;
        }
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    /** Every note file under the folder, in a stable order; links that lead outside it are not followed. */
    static List<Path> find(NoteLocation location, List<Diagnostic> diagnostics) {
        Path dir = location.dir();
        if (!Files.exists(dir)) {
            diagnostics.add(Diagnostic.error(location.display(), 0, "no such folder"));
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.error(location.display(), 0, "not a folder"));
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try {
            Path realRoot = dir.toRealPath();
            // A notes folder that is itself a link is walked through it ("link/."); links inside are not followed.
            Path start = Files.isSymbolicLink(dir) ? dir.resolve(".") : dir;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(start) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // The book's table of contents is not a note (a Summary.md deeper down may well be one).
                    if (hidden(file) || !isNote(file) || file.getParent().equals(start)
                            && BookSummary.FILE_NAME.equals(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    String shown = display(location, start.relativize(file).toString());
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            diagnostics.add(Diagnostic.warning(shown, 0, "a broken link; skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(realRoot)) {
                            diagnostics.add(Diagnostic.warning(shown, 0,
                                    "a link to a file outside the notes folder; not followed"));
                            return FileVisitResult.CONTINUE;
                        }
                        // Inside the folder but a pipe, socket, device or folder: reading it could block forever.
                        if (!Files.isRegularFile(target)) {
                            diagnostics.add(Diagnostic.warning(shown, 0,
                                    "a link to what is not a regular file (" + kind(target) + "); skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        // Named like a note, so the user expects it to load: say why it does not.
                        diagnostics.add(Diagnostic.warning(shown, 0, "not a regular file (" + kind(file) + "); skipped"));
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(dir.resolve(start.relativize(file)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = start.relativize(file).toString();
                    if (isNote(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        diagnostics.add(Diagnostic.error(display(location, rel), 0,
                                "cannot be read" + (e instanceof AccessDeniedException ? ": permission denied" : "")
                                        + "; skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(location.display(), 0, "cannot list the folder (" + e.getMessage() + ")"));
        }
        found.sort(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')));
        return found;
    }

    /**
     * What a file that is not a regular file is, in words. Java's portable attributes only say "other", so the Unix
     * mode is asked where there is one; elsewhere it is "a special file".
     */
    static String kind(Path p) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "a special file";
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** How a file in the folder is named in diagnostics: the folder as the user gave it, then the path inside it. */
    static String display(NoteLocation location, String rel) {
        String base = location.display();
        return base.endsWith("/") ? base + rel : base + "/" + rel;
    }
}
