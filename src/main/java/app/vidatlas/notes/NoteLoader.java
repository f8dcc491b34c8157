package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Finds and reads every note under the given folders. One bad file never stops the others: each problem becomes
 * one {@link Diagnostic} naming the file (and the line where it applies), and loading goes on.
 *
 * <p>Notes come in path order, except in a folder with an mdBook table of contents ({@link BookSummary}): there
 * the notes it lists come in its order and under its titles, and the others after them, in path order.
 */
public final class NoteLoader {
    /** Largest note read: far above any real slide note (the bundled ones are under 10 KB). */
    public static final long MAX_NOTE_BYTES = 8L * 1024 * 1024;

    private final MarkdownNoteParser markdown = new MarkdownNoteParser();
    private final PlainTextNoteParser plainText = new PlainTextNoteParser();

    /**
     * The notes read, and everything that went wrong on the way.
     *
     * @param notes       the notes that loaded, in order (a book's order, else their ids'), with the book's titles
     * @param diagnostics one per problem
     */
    public record Result(List<ParsedNote> notes, List<Diagnostic> diagnostics) {
        public Result {
            notes = List.copyOf(notes);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The note files under the folders, each read once to check it (size, empty, binary) and hash it.
     *
     * @param files       the files that can be parsed, in order (a book's order, else their ids')
     * @param diagnostics problems with folders and files that cannot be notes, and with tables of contents
     */
    public record Scan(List<NoteFile> files, List<Diagnostic> diagnostics) {
        public Scan {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        /**
         * These notes (as an index keeps them: with their own titles) in the scan's order and with the titles the
         * books give them now; notes the scan did not find come last, by id.
         */
        public List<Note> arrange(java.util.Collection<Note> notes) {
            Map<String, Integer> position = new HashMap<>();
            Map<String, NoteFile> byId = new HashMap<>();
            for (NoteFile f : files) {
                position.putIfAbsent(f.id(), position.size());
                byId.putIfAbsent(f.id(), f);
            }
            return notes.stream()
                    .sorted(Comparator.<Note>comparingInt(n -> position.getOrDefault(n.id(), Integer.MAX_VALUE))
                            .thenComparing(Note::id))
                    .map(n -> byId.containsKey(n.id()) ? titled(n, byId.get(n.id())) : n)
                    .toList();
        }
    }

    /** Reads and parses every note under the folders, each read once (nothing is hashed: no index is kept). */
    public Result load(List<NoteLocation> locations, Progress progress) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<BookOrder.Candidate> candidates = BookOrder.candidates(locations, diagnostics);
        List<ParsedNote> notes = new ArrayList<>();
        int done = 0;
        for (BookOrder.Candidate c : candidates) {
            byte[] bytes = readChecked(c.path(), c.display(), diagnostics);
            ParsedNote note = bytes == null ? null : parse(c.path(), c.id(), c.display(), bytes, diagnostics);
            if (note != null) {
                note = BookOrder.branched(BookOrder.titled(note, c.title()), c.branch());
                notes.add(note);
                diagnostics.addAll(relabel(note.diagnostics(), c.display()));
            }
            progress.update("loading notes", ++done, candidates.size());
        }
        return new Result(notes, diagnostics);
    }

    /**
     * Finds the note files and checks each; nothing is parsed. A file that {@code known} holds with its size and
     * modification time unchanged keeps its known hash and is not read (it was checked when it was hashed).
     *
     * @param known what an earlier scan found, by note id
     */
    public Scan scan(List<NoteLocation> locations, Map<String, NoteFile.Seen> known, Progress progress) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<BookOrder.Candidate> candidates = BookOrder.candidates(locations, diagnostics);
        List<NoteFile> files = new ArrayList<>();
        int done = 0;
        for (BookOrder.Candidate c : candidates) {
            NoteFile.Stamp stamp = stamp(c.path());
            NoteFile.Seen before = known.get(c.id());
            if (before != null && stamp != null && before.stamp().equals(stamp)) {
                files.add(new NoteFile(c.path(), c.id(), c.display(), before.hash(), stamp, c.title(), c.branch()));
            } else {
                // Stamped before reading: a change made while it is read shows as a new stamp next time.
                byte[] bytes = readChecked(c.path(), c.display(), diagnostics);
                if (bytes != null) {
                    files.add(new NoteFile(c.path(), c.id(), c.display(), sha256(bytes), stamp, c.title(), c.branch()));
                }
            }
            progress.update("reading notes", ++done, candidates.size());
        }
        return new Scan(files, diagnostics);
    }

    /**
     * Reads and parses one scanned note, with the title the note itself gives (what an index keeps: a book's title
     * may change without the note changing; {@link #titled(ParsedNote, NoteFile)} applies it); null when it cannot
     * be used (the reason is added to the diagnostics). Problems inside the note (bad bytes, broken table rows) are
     * in the parsed note's own diagnostics.
     */
    public ParsedNote parse(NoteFile f, List<Diagnostic> diagnostics) {
        byte[] bytes = readChecked(f.path(), f.display(), diagnostics);
        return bytes == null ? null : parse(f.path(), f.id(), f.display(), bytes, diagnostics);
    }

    private ParsedNote parse(Path path, String id, String display, byte[] bytes, List<Diagnostic> diagnostics) {
        List<Diagnostic> decoding = new ArrayList<>();
        String text = decode(bytes, display, decoding);
        if (Texts.isBlank(text)) {
            diagnostics.add(Diagnostic.warning(display, 0, "empty note (only white space); nothing to load"));
            return null;
        }
        try {
            ParsedNote note = isPlainText(path) ? plainText.parse(id, text) : markdown.parse(id, text);
            if (decoding.isEmpty()) {
                return note;
            }
            List<Diagnostic> all = new ArrayList<>(decoding);
            all.addAll(note.diagnostics());
            return new ParsedNote(note.note(), note.mentions(), note.passages(), all);
        } catch (MarkdownNoteParser.NoteFormatException e) {
            diagnostics.add(Diagnostic.error(display, 0, e.getMessage() + "; skipped"));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(display, 0,
                    "could not be read as a note (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped"));
        }
        return null;
    }

    // These stay here, delegating: other packages (the index) call them as part of NoteLoader's API.

    /** The note under the title its book gives it, when its book names it. */
    public static ParsedNote titled(ParsedNote note, NoteFile file) {
        // The index keeps each note as parsed; its book's title and its folder's branch are put on it here.
        return BookOrder.branched(BookOrder.titled(note, file.title()), file.branch());
    }

    /** The note under the title its book gives it, when its book names it. */
    public static Note titled(Note note, NoteFile file) {
        return BookOrder.titled(note, file);
    }

    /** Size and modification time, or null when the file system will not say (the file is then read). */
    private static NoteFile.Stamp stamp(Path path) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(path,
                    java.nio.file.attribute.BasicFileAttributes.class);
            java.time.Instant t = a.lastModifiedTime().toInstant();
            return new NoteFile.Stamp(a.size(), Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano()));
        } catch (IOException | ArithmeticException | SecurityException e) {
            return null;
        }
    }

    /** A note's own diagnostics, named by where it is now (a cached note may have been read from elsewhere). */
    public static List<Diagnostic> relabel(List<Diagnostic> diagnostics, NoteFile f) {
        return relabel(diagnostics, f.display());
    }

    private static List<Diagnostic> relabel(List<Diagnostic> diagnostics, String display) {
        return diagnostics.stream().map(d -> new Diagnostic(display, d.line(), d.severity(), d.message())).toList();
    }

    /** The file's bytes if it can be a note; else null, with the reason added to the diagnostics. */
    private static byte[] readChecked(Path path, String display, List<Diagnostic> diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_NOTE_BYTES) {
                diagnostics.add(Diagnostic.error(display, 0, String.format(Locale.ROOT,
                        "too large to be a note (%.1f MB; the limit is %d MB); skipped",
                        size / 1048576.0, MAX_NOTE_BYTES / 1048576)));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            diagnostics.add(Diagnostic.error(display, 0, "cannot be read: permission denied; skipped"));
            return null;
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error(display, 0, "disappeared while loading; skipped"));
            return null;
        } catch (IOException | SecurityException e) {
            diagnostics.add(Diagnostic.error(display, 0, "cannot be read (" + e.getMessage() + "); skipped"));
            return null;
        }
        if (bytes.length == 0) {
            diagnostics.add(Diagnostic.warning(display, 0, "empty note; nothing to load"));
            return null;
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            diagnostics.add(Diagnostic.error(display, lineAt(bytes, nul),
                    "binary data, not a text note (a zero byte); skipped"));
            return null;
        }
        return bytes;
    }

    /** SHA-256 of the bytes, in hex: how notes, metadata and index contents are told apart. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
}
