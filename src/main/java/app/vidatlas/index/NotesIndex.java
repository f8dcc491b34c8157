package app.vidatlas.index;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.userdata.UserDirs;
import app.vidatlas.work.TaskRunner;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The index of a set of notes, kept on disk between runs. The notes are the truth; the index is a cache of them:
 * <ul>
 *   <li>unchanged notes (same content hashes, same metadata, same {@link IndexSchema#FORMAT_VERSION}): the index
 *       is used as it is, and no note is parsed;</li>
 *   <li>changed notes: only they are parsed (the others come from the index), and only the papers whose
 *       documents changed are rewritten;</li>
 *   <li>an index that cannot be read (corrupt, truncated, another format): rebuilt, with a one-line notice.
 *       Every file is checked against its checksum the first time it is opened ({@link VerifiedFiles});</li>
 *   <li>an index another running VidAtlas is writing, or whose folder cannot be written, or that a newer VidAtlas
 *       made (it is left for that one): a copy in memory, with a notice.</li>
 * </ul>
 * The index never builds a catalog: it hands out the notes parsed ({@link #parsedNotes}), what it keeps for a
 * quick start ({@link QuickStart}) and its reader ({@link #state()}); the catalog it is written from comes from the
 * library's pipeline ({@link Cataloguer}), and the searcher over it, with its rebuild on damage, lives in search.
 */
public final class NotesIndex implements Closeable {
    /**
     * How the index was asked for: kept to rebuild it the same way should a search find it damaged.
     *
     * @param metadata the curated metadata's bytes, as read (empty when it cannot be): the index is rebuilt when
     *                 they change
     */
    public record Source(Path indexDir, List<NoteLocation> notes, byte[] metadata, Folders folders) {
        public Source(Path indexDir, List<NoteLocation> notes, byte[] metadata) {
            this(indexDir, notes, metadata, FSDirectory::open);
        }
    }

    /** Opens the index's folder ({@link FSDirectory#open}); tests wrap it to make it fail as disks and folders do. */
    @FunctionalInterface
    public interface Folders {
        Directory open(Path dir) throws IOException;
    }

    /** The library's catalog pipeline: what the index is written from, when a note changed. */
    @FunctionalInterface
    public interface Cataloguer {
        Catalog catalog(ParsedNotes notes, Progress progress);
    }

    /**
     * What a rebuild replaces, swapped whole so that no reader sees half of an old index and half of a new one.
     * The reader and result groups are what a search reads.
     */
    public static final class State {
        private final Directory directory;
        private final DirectoryReader reader;
        private final ResultGroups groups;
        final NoteLoader.Scan scan;
        /** The notes the index keeps parsed, by id (empty when it was just written: the catalog is at hand). */
        final Map<String, NoteCache.StoredNote> stored;

        State(Directory directory, IndexHealth.Opened opened, NoteLoader.Scan scan,
              Map<String, NoteCache.StoredNote> stored) {
            this.directory = directory;
            this.reader = opened.reader();
            this.groups = opened.groups();
            this.scan = scan;
            this.stored = stored;
        }

        public DirectoryReader reader() {
            return reader;
        }

        public ResultGroups groups() {
            return groups;
        }

        void close() {
            IOUtils.closeWhileHandlingException(reader, directory);
        }
    }

    private final Source source;
    private final Cataloguer cataloguer;
    private final TaskRunner runner;
    private final List<String> notices;
    private final int notesParsed;
    private volatile State state;

    NotesIndex(Source source, Cataloguer cataloguer, TaskRunner runner, State state, List<String> notices,
               int notesParsed) {
        this.source = source;
        this.cataloguer = cataloguer;
        this.runner = runner;
        this.state = state;
        this.notices = new CopyOnWriteArrayList<>(notices);
        this.notesParsed = notesParsed;
    }

    /**
     * Opens the index for these notes, building or updating it as needed: the notes that changed are parsed, and
     * {@code cataloguer} makes the catalog the index is written from. Notes are parsed and documents written on
     * {@code runner}'s threads.
     */
    public static NotesIndex open(Source source, Cataloguer cataloguer, Progress progress, TaskRunner runner)
            throws IOException {
        return IndexOpening.open(source, cataloguer, progress, runner, null);
    }

    /**
     * Builds the index again after a search found it damaged ({@code damage}): in its folder, else (a full disk, say)
     * in memory. The new state replaces the old, which is closed: a search still reading it meets a closed index and
     * asks again. Returns what the user is told. Whether to rebuild (once, and only for damage) is the searcher's
     * call; see {@link #damaged}.
     */
    public synchronized List<String> rebuild(RuntimeException damage) {
        State old = state;
        NotesIndex fresh;
        try {
            fresh = IndexOpening.open(source, cataloguer, Progress.NONE, runner, damage);
        } catch (IOException | RuntimeException onDisk) {
            try {
                fresh = IndexOpening.open(new Source(source.indexDir(), source.notes(), source.metadata(),
                        dir -> new ByteBuffersDirectory()), cataloguer, Progress.NONE, runner, null);
                fresh.notices.clear();
                fresh.notices.add(IndexHealth.rebuiltInMemory(source.indexDir(), damage, onDisk));
            } catch (IOException | RuntimeException inMemory) {
                damage.addSuppressed(onDisk);
                damage.addSuppressed(inMemory);
                throw damage;
            }
        }
        state = fresh.state;
        List<String> told = List.copyOf(fresh.notices);
        notices.addAll(told);
        old.close();
        return told;
    }

    /**
     * Whether a failed search of this state may be the index's fault, so that rebuilding may help (see
     * {@link IndexHealth#damaged}).
     */
    /**
     * Whether the index on disk is still the one this reads: false once anything (another window, another command)
     * has committed to it since, or it cannot be told.
     */
    public boolean current() {
        try {
            return state.reader().isCurrent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static boolean damaged(State state, RuntimeException e) {
        return IndexHealth.damaged(state.reader(), e);
    }

    /** The default place for the index of these notes: the user's cache folder, one index per set of folders. */
    public static Path defaultLocation(List<NoteLocation> notes) {
        String key = notes.stream().map(n -> n.dir().toUri().toString()).sorted().reduce("", (a, b) -> a + "\n" + b);
        return UserDirs.cache().resolve("index-" + NoteLoader.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    /** The index as it is now (another one once a search has rebuilt it). */
    public State state() {
        return state;
    }

    /**
     * Every note, parsed: from the index (no note is parsed again unless its stored form is damaged). Reads every
     * stored note: seconds for a large library.
     */
    public ParsedNotes parsedNotes(Progress progress) {
        State s = state;
        return NoteCache.parse(s.scan, s.reader(), s.stored, new NoteLoader(), progress, runner).forCatalog();
    }

    /** What the index keeps for a quick start: papers, notes' headings and the catalog's order. */
    public QuickStart quickStart() {
        return new QuickStart(state);
    }

    /** How many notes had to be parsed to open the index: 0 when it was reused as it was. */
    public int notesParsed() {
        return notesParsed;
    }

    /** Where each note is, by id: figures are looked up next to it, and the CLI reads its lines. */
    public Map<String, Path> notePaths() {
        Map<String, Path> out = new HashMap<>();
        state.scan.files().forEach(f -> out.put(f.id(), f.path()));
        return out;
    }

    /** The notes' files, in the notes' order: where each is and how messages name it. */
    public List<NoteFile> noteFiles() {
        return state.scan.files();
    }

    /** How many notes the index holds. */
    public int noteCount() {
        return state.scan.files().size();
    }

    /**
     * Problems found while looking at the notes' files (unreadable, binary, empty, missing folders); cheap, known
     * without parsing. Problems inside notes come with {@link #parsedNotes}.
     */
    public List<Diagnostic> fileDiagnostics() {
        return state.scan.diagnostics();
    }

    /**
     * What happened to the index on opening (rebuilt, updated, in memory), and since (rebuilt by a search); empty
     * when it was simply reused.
     */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void close() throws IOException {
        state.close();
    }
}
