package app.vidatlas.search;

import app.vidatlas.model.Progress;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.Metadata;
import app.vidatlas.catalog.MetadataReader;
import app.vidatlas.userdata.UserDirs;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.notes.ParsedNote;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The search index of a set of notes, kept on disk between runs. The notes are the truth; the index is a cache of
 * them:
 * <ul>
 *   <li>unchanged notes (same content hashes, same metadata, same {@link IndexSchema#FORMAT_VERSION}): the index
 *       is used as it is, and no note is parsed;</li>
 *   <li>changed notes: only they are parsed (the others come from the index), and only the papers whose
 *       documents changed are rewritten;</li>
 *   <li>an index that cannot be read (corrupt, truncated, another format): rebuilt, with a one-line notice.
 *       Every file is checked against its checksum on opening ({@link IndexHealth#verify}); a search that still
 *       fails to read it rebuilds it once, with the same notice in its result;</li>
 *   <li>an index another running VidAtlas is writing, or whose folder cannot be written, or that a newer VidAtlas
 *       made (it is left for that one): this one searches a copy in memory, with a notice. So does a search whose
 *       rebuild of a damaged index fails in its folder (a full disk).</li>
 * </ul>
 */
public final class SearchIndex implements Closeable {
    /** How the index was asked for: kept to rebuild it the same way should a search find it damaged. */
    record Source(Path indexDir, List<NoteLocation> notes, Path papersJson, String papersDisplay, Folders folders) {
    }

    /** Opens the index's folder ({@link FSDirectory#open}); tests wrap it to make it fail as disks and folders do. */
    @FunctionalInterface
    interface Folders {
        Directory open(Path dir) throws IOException;
    }

    /**
     * What a rebuild replaces, swapped whole so that no reader sees half of an old index and half of a new one.
     *
     * @param stored  the notes the index keeps parsed, by id (empty when the catalog was built as it was opened)
     * @param builder builds the catalog from the index, when it was not built on opening
     * @param lookups finds the documents that keep papers' records and the catalog's order (made once)
     */
    record State(Directory directory, DirectoryReader reader, LuceneSearcher searcher,
                 org.apache.lucene.search.IndexSearcher lookups, NoteLoader.Scan scan,
                 Map<String, NoteCache.StoredNote> stored, java.util.function.Function<Progress, Catalog> builder) {
    }

    private final Source source;
    private final NoteLoader loader = new NoteLoader();
    private final List<String> notices;
    private final RecoveringSearcher search = new RecoveringSearcher(this);
    private volatile State state;
    private volatile Catalog built;
    private int notesParsed;
    private boolean rebuiltInSearch;

    private SearchIndex(Source source, State state, List<String> notices, Catalog built) {
        this.source = source;
        this.state = state;
        this.notices = new java.util.concurrent.CopyOnWriteArrayList<>(notices);
        this.built = built;
    }

    private static State state(Directory directory, IndexHealth.Opened opened, NoteLoader.Scan scan,
                               Map<String, NoteCache.StoredNote> stored,
                               java.util.function.Function<Progress, Catalog> builder) {
        return new State(directory, opened.reader(), opened.searcher(),
                new org.apache.lucene.search.IndexSearcher(opened.reader()), scan, stored, builder);
    }

    /**
     * Opens the index for these notes, building or updating it as needed.
     *
     * @param indexDir      where the index lives
     * @param notes         the notes folders
     * @param papersJson    the curated metadata
     * @param papersDisplay how to name the metadata file in messages
     */
    public static SearchIndex open(Path indexDir, List<NoteLocation> notes, Path papersJson, String papersDisplay,
                                   Progress progress) throws IOException {
        return open(new Source(indexDir, notes, papersJson, papersDisplay, FSDirectory::open), progress, null);
    }

    /**
     * Opens the index as {@link #open(Path, List, Path, String, Progress)} does.
     *
     * @param damage what a search of this index on disk failed with (it is then rebuilt), or null to open it as
     *               it is
     */
    static SearchIndex open(Source source, Progress progress, RuntimeException damage) throws IOException {
        Path indexDir = source.indexDir();
        NoteLoader loader = new NoteLoader();
        List<String> notices = new ArrayList<>();
        Directory fs = directory(source, notices);
        DirectoryReader existing = null;
        boolean handedOver = false;
        try {
            IndexHealth.Opened opened = null;
            if (damage != null) {
                notices.add(IndexHealth.unreadable(indexDir, damage));
            } else {
                opened = IndexHealth.openExisting(fs, indexDir, notices);
                if (opened == IndexHealth.MADE_BY_NEWER) {
                    // Left as it is for the VidAtlas that made it; this one builds its own copy in memory.
                    opened = null;
                    fs.close();
                    fs = new ByteBuffersDirectory();
                }
            }
            existing = opened == null ? null : opened.reader();
            // What the index knows of each note: a note whose size and time are unchanged is not read again.
            Map<String, NoteCache.StoredNote> stored = existing == null ? Map.of() : NoteCache.storedNotes(existing);
            Map<String, NoteFile.Seen> known = NoteCache.seen(stored);
            NoteLoader.Scan scan = loader.scan(source.notes(), known,
                    (done, total, file) -> progress.update("reading notes", done, total));
            // Read once: hashed to tell whether the index is current, and parsed for the catalog.
            byte[] metadataBytes = null;
            try {
                metadataBytes = Files.readAllBytes(source.papersJson());
            } catch (IOException e) {
                // Missing or unreadable: the reader below says which, as a problem of that file.
            }
            byte[] readBytes = metadataBytes;
            // Parsed only when a catalog is wanted (an index reused as it is builds it lazily).
            Supplier<Metadata> metadata = NoteCache.memoize(() -> readBytes != null
                    ? new MetadataReader().read(readBytes, source.papersDisplay())
                    : new MetadataReader().read(source.papersJson(), source.papersDisplay()));
            if (metadataBytes == null) {
                metadataBytes = new byte[0];
            }
            String sources = IndexWrites.sourcesKey(scan, metadataBytes);
            if (existing != null && sources.equals(existing.getIndexCommit().getUserData().get(IndexSchema.COMMIT_SOURCES))) {
                IndexWrites.restamp(fs, existing, scan, known);
                handedOver = true;
                DirectoryReader reader = existing;
                return new SearchIndex(source, state(fs, opened, scan, stored, p ->
                        NoteCache.buildCatalog(scan, reader, stored, loader, metadata,
                                (phase, done, total) -> p.update("loading the catalog", done, total),
                                new ArrayList<>(), new ArrayList<>())), notices, null);
            }

            List<ParsedNote> parsed = new ArrayList<>();
            List<NoteFile> reparsed = new ArrayList<>();
            Catalog catalog = NoteCache.buildCatalog(scan, existing, stored, loader, metadata, progress, parsed, reparsed);
            Map<String, NoteFile> files = new HashMap<>();
            scan.files().forEach(f -> files.put(f.id(), f));
            // The notes the index holds, and with what content: known already from the parsed-note cache.
            Map<String, String> oldNotes = new HashMap<>();
            stored.forEach((id, n) -> oldNotes.put(id, n.seen().hash()));

            Directory target = fs;
            IndexWriter writer;
            try {
                if (existing == null && DirectoryReader.indexExists(fs)) {
                    // There is one, but it could not be used (damaged, truncated, other format): cleared, since
                    // even a writer cannot read its last commit.
                    IndexHealth.clearIndexFiles(fs);
                }
                writer = new IndexWriter(fs, IndexWrites.config(existing == null));
            } catch (IOException e) {
                // Locked by another VidAtlas, or a folder that cannot be written (read-only, permission denied):
                // what is on disk is left as it is, and a copy is built in memory, as if there were no index.
                notices.add(IndexHealth.inMemory(indexDir, e));
                target = new ByteBuffersDirectory();
                writer = new IndexWriter(target, IndexWrites.config(true));
                if (existing != null) {
                    existing.close();
                    existing = null;
                    oldNotes.clear();
                }
                fs.close();
            }
            try (IndexWriter w = writer) {
                int changed = IndexWrites.update(w, existing, oldNotes, known, catalog, parsed, files, reparsed, progress);
                w.setLiveCommitData(Map.of(IndexSchema.COMMIT_FORMAT, Integer.toString(IndexSchema.FORMAT_VERSION),
                        IndexSchema.COMMIT_SOURCES, sources).entrySet());
                w.commit();
                if (existing != null && !reparsed.isEmpty()) {
                    notices.add("Index updated: " + reparsed.size() + (reparsed.size() == 1 ? " note" : " notes")
                            + " changed, " + changed + (changed == 1 ? " result" : " results") + " re-indexed.");
                }
            } finally {
                if (existing != null) {
                    existing.close();
                }
            }
            SearchIndex index = new SearchIndex(source, state(target,
                    IndexHealth.searchable(DirectoryReader.open(target)), scan, Map.of(), p -> catalog), notices, catalog);
            index.notesParsed = reparsed.size();
            handedOver = true;
            return index;
        } finally {
            if (!handedOver) {
                // Failed part-way: nothing is left open (closing twice is harmless for both).
                IOUtils.closeWhileHandlingException(existing, fs);
            }
        }
    }

    /**
     * The index's folder, made if needed; a folder in memory, with a notice, when it cannot be made (the path is a
     * file, or its parent cannot be written): there is then no index to reuse, and one is built each time.
     */
    private static Directory directory(Source source, List<String> notices) {
        try {
            Files.createDirectories(source.indexDir());
            return source.folders().open(source.indexDir());
        } catch (IOException e) {
            notices.add(IndexHealth.inMemory(source.indexDir(), e));
            return new ByteBuffersDirectory();
        }
    }

    /** The searcher of the index as it is now (another one once a search has rebuilt it). */
    State state() {
        return state;
    }

    /**
     * Rebuilds the index, once, when a search of it failed because it is damaged; the new state then, with what
     * the user is told. Throws the search's own exception when the index is not at fault (a mistake of ours, or an
     * index closed by its owner) or was already rebuilt once: a second failure would not be the old files'.
     */
    synchronized RecoveringSearcher.Recovery rebuilt(State failed, RuntimeException e) {
        State s = state;
        if (s != failed) {
            return new RecoveringSearcher.Recovery(s.searcher(), List.of()); // rebuilt for another search meanwhile
        }
        if (rebuiltInSearch || !IndexHealth.damaged(s.reader(), e)) {
            throw e;
        }
        rebuiltInSearch = true;
        // The old state stays in place, open, until a new one is: should the rebuild fail, searches must not find a
        // closed index (every one would fail until a restart).
        SearchIndex fresh;
        try {
            fresh = open(source, Progress.NONE, e);
        } catch (IOException | RuntimeException onDisk) {
            // Not in its folder (a full disk, say): a copy in memory, as for a folder that cannot be written. The
            // folder is checked, and rebuilt, on the next start.
            try {
                fresh = open(new Source(source.indexDir(), source.notes(), source.papersJson(), source.papersDisplay(),
                        dir -> new ByteBuffersDirectory()), Progress.NONE, null);
                fresh.notices.clear();
                fresh.notices.add(IndexHealth.rebuiltInMemory(source.indexDir(), e, onDisk));
            } catch (IOException | RuntimeException inMemory) {
                e.addSuppressed(onDisk);
                e.addSuppressed(inMemory);
                throw e;
            }
        }
        state = fresh.state;
        built = fresh.built;
        notesParsed = fresh.notesParsed;
        List<String> told = List.copyOf(fresh.notices);
        notices.addAll(told);
        // A search still reading the old files meets a closed index, and retries with the new state.
        IOUtils.closeWhileHandlingException(s.reader(), s.directory());
        return new RecoveringSearcher.Recovery(fresh.state.searcher(), told);
    }

    /** The default place for the index of these notes: the user's cache folder, one index per set of folders. */
    public static Path defaultLocation(List<NoteLocation> notes) {
        String key = notes.stream().map(n -> n.dir().toUri().toString()).sorted().reduce("", (a, b) -> a + "\n" + b);
        return UserDirs.cache().resolve("index-" + NoteLoader.sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16));
    }

    /** How many notes had to be parsed to open the index: 0 when it was reused as it was. */
    public int notesParsed() {
        return notesParsed;
    }

    /** Where each note is, by id: figures are looked up next to it. */
    public Map<String, Path> notePaths() {
        Map<String, Path> out = new HashMap<>();
        state.scan().files().forEach(f -> out.put(f.id(), f.path()));
        return out;
    }

    /** How many notes the index holds. */
    public int noteCount() {
        return state.scan().files().size();
    }

    /**
     * Problems found while looking at the notes' files (unreadable, binary, empty, missing folders); cheap, known
     * without parsing. Problems inside notes are in {@link #catalog()}'s diagnostics.
     */
    public List<Diagnostic> fileDiagnostics() {
        return state.scan().diagnostics();
    }

    /** Searches this index; rebuilds it once, with a notice in that search's result, if it turns out damaged. */
    public SearchService searcher() {
        return search;
    }

    /**
     * What happened to the index on opening (rebuilt, updated, in memory), and since (rebuilt by a search); empty
     * when it was simply reused.
     */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The catalog the index was built from; from the index itself when no note changed (nothing is parsed). */
    public Catalog catalog() {
        return catalog(Progress.NONE);
    }

    /**
     * The catalog, built from the index the first time it is asked for when the index was reused as it was (no note
     * is parsed, but every note is read from the index and the papers merged again: seconds for a large library).
     */
    public synchronized Catalog catalog(Progress progress) {
        if (built == null) {
            built = state.builder().apply(progress);
        }
        return built;
    }

    /** Prepares what the first search needs, so that it is not slower than the next ones. */
    public void warmUp() {
        state.searcher().warmUp();
    }

    /** Whether {@link #catalog()} is at hand, or would have to be built first. */
    public boolean catalogReady() {
        return built != null;
    }

    /**
     * Every paper, in catalog order, as the list shows it, read from the index without building the catalog: only
     * their ids, titles, short names, other names, years, venues and categories are filled in. The catalog's own
     * papers once it is built.
     */
    public List<Paper> paperSummaries() throws IOException {
        Catalog c = built;
        if (c != null) {
            return c.papers();
        }
        Map<String, GroupInfoCodec.Info> byId = new java.util.LinkedHashMap<>();
        state.searcher().paperInfos().forEach(i -> byId.put(i.paperId(), i));
        List<Paper> out = new ArrayList<>(byId.size());
        for (String id : catalogOrder()) {
            GroupInfoCodec.Info info = byId.remove(id);
            if (info != null) {
                out.add(summary(info));
            }
        }
        byId.values().forEach(i -> out.add(summary(i))); // none, unless the order was lost: listed all the same
        return out;
    }

    /**
     * Every note that loaded, in the catalog's order and with its titles, without its slides (read from the index
     * without building the catalog).
     */
    public List<Note> noteHeadings() throws IOException {
        Catalog c = built;
        if (c != null) {
            return c.notes();
        }
        State s = state;
        List<Note> out = new ArrayList<>();
        LiveDocValues.forEach(s.reader(), IndexSchema.NOTE_INFO, (doc, value) ->
                out.add(StoredRecordCodec.decodeNoteHeading(value.bytes, value.offset, value.length)));
        return s.scan().arrange(out);
    }

    /**
     * A catalog of just these papers (as the whole catalog has them) and the notes they are discussed in, plus the
     * notes asked for; what a page needs, read from the index without building the whole catalog. Ids it does not
     * know are left out.
     */
    public Catalog partialCatalog(java.util.Collection<String> paperIds, java.util.Collection<String> noteIds)
            throws IOException {
        Catalog c = built;
        List<Paper> papers = papers(paperIds);
        java.util.Set<String> wanted = new java.util.TreeSet<>(noteIds);
        papers.forEach(p -> p.sources().forEach(s -> wanted.add(s.note())));
        List<Note> notes = new ArrayList<>();
        for (String id : wanted) {
            Note n = c != null ? c.note(id).orElse(null) : storedNote(id);
            if (n != null) {
                notes.add(n);
            }
        }
        return new Catalog(papers, notes, List.of());
    }

    /** These papers, whole, in this order (ids of no paper left out), without their notes or the catalog. */
    public List<Paper> papers(java.util.Collection<String> ids) throws IOException {
        Catalog c = built;
        List<Paper> papers = new ArrayList<>();
        for (String id : ids) {
            Paper p = c != null ? c.paper(id).orElse(null) : storedPaper(id);
            if (p != null) {
                papers.add(p);
            }
        }
        return papers;
    }

    private Paper storedPaper(String id) throws IOException {
        org.apache.lucene.search.BooleanQuery q = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.PAPER_ID, id)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PAPER)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
        BytesRef bytes = firstStored(q, IndexSchema.PAPER);
        if (bytes == null) {
            return null;
        }
        return ParsedNoteCodec.decodePaper(bytes.bytes, bytes.offset, bytes.length);
    }

    /** A stored binary field of the first document the query finds; null when none has it. */
    private BytesRef firstStored(org.apache.lucene.search.Query query, String field) throws IOException {
        State s = state;
        org.apache.lucene.search.TopDocs top = s.lookups().search(query, 1);
        return top.scoreDocs.length == 0 ? null
                : s.reader().storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(field)).getBinaryValue(field);
    }

    /** A note as the index keeps it parsed; parsed again from its file when that stored form is damaged. */
    private Note storedNote(String id) {
        State now = state;
        NoteCache.StoredNote s = now.stored().get(id);
        if (s == null) {
            return null;
        }
        ParsedNote parsed = NoteCache.cachedNote(now.reader(), s, s.seen().hash());
        NoteLoader.Scan scan = now.scan();
        if (parsed == null) {
            NoteFile file = scan.files().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
            parsed = file == null ? null : loader.parse(file, new ArrayList<>());
        }
        return parsed == null ? null : scan.arrange(List.of(parsed.note())).get(0);
    }

    /** The paper ids in catalog order, as the last build wrote them; empty when the index has none. */
    private List<String> catalogOrder() throws IOException {
        BytesRef bytes = firstStored(new org.apache.lucene.search.TermQuery(
                new Term(IndexSchema.TYPE, IndexSchema.TYPE_ORDER)), IndexSchema.ORDER);
        return bytes == null ? List.of() : StoredRecordCodec.decodeOrder(bytes.bytes, bytes.offset, bytes.length);
    }

    /** A paper as the list shows it, from its group's summary. */
    private static Paper summary(GroupInfoCodec.Info i) {
        // names are the short name, the aliases and the title, in that order (Paper.names()).
        List<String> aliases = i.names().size() > 2 ? i.names().subList(1, i.names().size() - 1) : List.of();
        return new Paper(i.paperId(), i.title(), i.shortName(), aliases, List.of(), i.year(), i.venue(), null,
                i.categories(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, false);
    }

    @Override
    public void close() throws IOException {
        try {
            state.reader().close();
        } finally {
            state.directory().close();
        }
    }

}
