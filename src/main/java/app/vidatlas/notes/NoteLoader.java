package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds and reads every note under the given folders. One bad file never stops the others: each problem becomes
 * one {@link Diagnostic} naming the file (and the line where it applies), and loading goes on.
 */
public final class NoteLoader {
    /** Largest note read: far above any real slide note (the bundled ones are under 10 KB). */
    public static final long MAX_NOTE_BYTES = 8L * 1024 * 1024;

    /** Told after each file, so that a long load can show progress. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, file) -> { };

        void update(int done, int total, String file);
    }

    private final MarkdownNoteParser markdown = new MarkdownNoteParser();
    private final PlainTextNoteParser plainText = new PlainTextNoteParser();

    /**
     * The notes read, and everything that went wrong on the way.
     *
     * @param notes       the notes that loaded, in the order of their ids
     * @param diagnostics one per problem
     */
    public record Result(List<ParsedNote> notes, List<Diagnostic> diagnostics) {
        public Result {
            notes = List.copyOf(notes);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result load(List<NoteLocation> locations, Progress progress) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Found> files = new ArrayList<>();
        for (NoteLocation location : locations) {
            List<Path> found = find(location, diagnostics);
            if (found.isEmpty() && Files.isDirectory(location.dir())) {
                diagnostics.add(Diagnostic.error(location.display(), 0,
                        "no notes here (looked for .md, .markdown and .txt files)"));
            }
            for (Path p : found) {
                String rel = location.dir().relativize(p).toString().replace('\\', '/');
                String id = locations.size() > 1 ? prefix(location) + "/" + rel : rel;
                files.add(new Found(p, id, display(location, rel)));
            }
        }
        List<ParsedNote> notes = new ArrayList<>();
        int done = 0;
        for (Found f : files) {
            ParsedNote note = read(f, diagnostics);
            if (note != null) {
                notes.add(note);
                diagnostics.addAll(note.diagnostics().stream().map(d -> relabel(d, f)).toList());
            }
            progress.update(++done, files.size(), f.display);
        }
        return new Result(notes, diagnostics);
    }

    /** Reads one note file; null when it cannot be used (the reason is added to the diagnostics). */
    public ParsedNote read(Path file, String id, String display, List<Diagnostic> diagnostics) {
        ParsedNote note = read(new Found(file, id, display), diagnostics);
        if (note != null) {
            diagnostics.addAll(note.diagnostics().stream().map(d -> relabel(d, new Found(file, id, display))).toList());
        }
        return note;
    }

    private ParsedNote read(Found f, List<Diagnostic> diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(f.path);
            if (size > MAX_NOTE_BYTES) {
                diagnostics.add(Diagnostic.error(f.display, 0, String.format(Locale.ROOT,
                        "too large to be a note (%.1f MB; the limit is %d MB); skipped",
                        size / 1048576.0, MAX_NOTE_BYTES / 1048576)));
                return null;
            }
            bytes = Files.readAllBytes(f.path);
        } catch (AccessDeniedException e) {
            diagnostics.add(Diagnostic.error(f.display, 0, "cannot be read: permission denied; skipped"));
            return null;
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error(f.display, 0, "disappeared while loading; skipped"));
            return null;
        } catch (IOException | SecurityException e) {
            diagnostics.add(Diagnostic.error(f.display, 0, "cannot be read (" + e.getMessage() + "); skipped"));
            return null;
        }
        if (bytes.length == 0) {
            diagnostics.add(Diagnostic.warning(f.display, 0, "empty note; nothing to load"));
            return null;
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            diagnostics.add(Diagnostic.error(f.display, lineAt(bytes, nul),
                    "binary data, not a text note (a zero byte); skipped"));
            return null;
        }
        String text = decode(bytes, f.display, diagnostics);
        if (Texts.isBlank(text)) {
            diagnostics.add(Diagnostic.warning(f.display, 0, "empty note (only white space); nothing to load"));
            return null;
        }
        try {
            return isPlainText(f.path) ? plainText.parse(f.id, text) : markdown.parse(f.id, text);
        } catch (MarkdownNoteParser.NoteFormatException e) {
            diagnostics.add(Diagnostic.error(f.display, 0, e.getMessage() + "; skipped"));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(f.display, 0,
                    "could not be read as a note (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped"));
        }
        return null;
    }

    /** Strict UTF-8; bad bytes are replaced (nothing else is lost) and the first one is reported with its line. */
    private static String decode(byte[] bytes, String display, List<Diagnostic> diagnostics) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes, offset);
            diagnostics.add(Diagnostic.warning(display, lineAt(bytes, bad),
                    "not valid UTF-8 (byte " + bad + "); the bad bytes are shown as \uFFFD"));
            // String's own decoder replaces malformed input with U+FFFD.
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
    }

    private static int firstMalformed(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : bytes.length;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isPlainText(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
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
    private static List<Path> find(NoteLocation location, List<Diagnostic> diagnostics) {
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
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file) || !isNote(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        try {
                            if (!file.toRealPath().startsWith(realRoot) || !Files.isRegularFile(file)) {
                                diagnostics.add(Diagnostic.warning(display(location, dir.relativize(file).toString()), 0,
                                        "a link to a file outside the notes folder; not followed"));
                                return FileVisitResult.CONTINUE;
                            }
                        } catch (IOException e) {
                            diagnostics.add(Diagnostic.warning(display(location, dir.relativize(file).toString()), 0,
                                    "a broken link; skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = dir.relativize(file).toString();
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

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String display(NoteLocation location, String rel) {
        String base = location.display();
        return base.endsWith("/") ? base + rel : base + "/" + rel;
    }

    private static String prefix(NoteLocation location) {
        Path name = location.dir().getFileName();
        return name == null ? location.display() : name.toString();
    }

    private static Diagnostic relabel(Diagnostic d, Found f) {
        return new Diagnostic(f.display, d.line(), d.severity(), d.message());
    }

    private record Found(Path path, String id, String display) {
    }
}
