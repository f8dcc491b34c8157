package app.vidatlas.search;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CatalogBuilder;
import app.vidatlas.catalog.Metadata;
import app.vidatlas.catalog.MetadataReader;
import app.vidatlas.catalog.UserDirs;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.notes.ParsedNote;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 *   <li>an index that cannot be read (corrupt, truncated, another format): rebuilt, with a one-line notice;</li>
 *   <li>an index another running VidAtlas is writing: this one searches a copy in memory, with a notice.</li>
 * </ul>
 */
public final class SearchIndex implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final LuceneSearcher searcher;
    /** Finds the documents that keep papers' records and the catalog's order (one searcher, made once). */
    private final org.apache.lucene.search.IndexSearcher lookups;
    private final List<String> notices;
    private final NoteLoader.Scan scan;
    private final NoteLoader loader;
    /** The notes the index keeps parsed, by id (empty when the catalog was built as the index was opened). */
    private final Map<String, StoredNote> stored;
    /** Builds the catalog from the index, when it was not built on opening. */
    private final java.util.function.Function<Progress, Catalog> builder;
    private volatile Catalog built;
    private int notesParsed;

    private SearchIndex(Directory directory, Opened opened, List<String> notices, NoteLoader.Scan scan,
                        NoteLoader loader, Map<String, StoredNote> stored,
                        java.util.function.Function<Progress, Catalog> builder, Catalog built) {
        this.directory = directory;
        this.scan = scan;
        this.loader = loader;
        this.stored = stored;
        this.reader = opened.reader();
        this.searcher = opened.searcher();
        this.lookups = new org.apache.lucene.search.IndexSearcher(reader);
        this.notices = List.copyOf(notices);
        this.builder = builder;
        this.built = built;
    }

    /** Progress of a long open: the phase ("reading notes", "indexing"), and how far it is. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void update(String phase, int done, int total);
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
        NoteLoader loader = new NoteLoader();
        List<String> notices = new ArrayList<>();
        Files.createDirectories(indexDir);
        FSDirectory fs = FSDirectory.open(indexDir);
        DirectoryReader existing = null;
        boolean handedOver = false;
        try {
            Opened opened = openExisting(fs, indexDir, notices);
            existing = opened == null ? null : opened.reader();
            // What the index knows of each note: a note whose size and time are unchanged is not read again.
            Map<String, StoredNote> stored = existing == null ? Map.of() : storedNotes(existing);
            Map<String, NoteFile.Seen> known = seen(stored);
            NoteLoader.Scan scan = loader.scan(notes, known,
                    (done, total, file) -> progress.update("reading notes", done, total));
            // Read once: hashed to tell whether the index is current, and parsed for the catalog.
            byte[] metadataBytes = null;
            try {
                metadataBytes = Files.readAllBytes(papersJson);
            } catch (IOException e) {
                // Missing or unreadable: the reader below says which, as a problem of that file.
            }
            byte[] readBytes = metadataBytes;
            // Parsed only when a catalog is wanted (an index reused as it is builds it lazily).
            Supplier<Metadata> metadata = memoize(() -> readBytes != null
                    ? new MetadataReader().read(readBytes, papersDisplay) : new MetadataReader().read(papersJson, papersDisplay));
            if (metadataBytes == null) {
                metadataBytes = new byte[0];
            }
            String sources = sourcesKey(scan, metadataBytes);
            if (existing != null && sources.equals(existing.getIndexCommit().getUserData().get(IndexSchema.COMMIT_SOURCES))) {
                restamp(fs, existing, scan, known);
                handedOver = true;
                return new SearchIndex(fs, opened, notices, scan, loader, stored, p ->
                        buildCatalog(scan, opened.reader(), stored, loader, metadata,
                                (phase, done, total) -> p.update("loading the catalog", done, total),
                                new ArrayList<>(), new ArrayList<>()), null);
            }

            List<ParsedNote> parsed = new ArrayList<>();
            List<NoteFile> reparsed = new ArrayList<>();
            Catalog catalog = buildCatalog(scan, existing, stored, loader, metadata, progress, parsed, reparsed);
            Map<String, NoteFile> files = new HashMap<>();
            scan.files().forEach(f -> files.put(f.id(), f));
            // The notes the index holds, and with what content: known already from the parsed-note cache.
            Map<String, String> oldNotes = new HashMap<>();
            stored.forEach((id, n) -> oldNotes.put(id, n.seen().hash()));

            Directory target = fs;
            IndexWriter writer;
            if (existing == null && DirectoryReader.indexExists(fs)) {
                // There is one, but it could not be used (corrupt, truncated, other format): clear it, since even a
                // writer cannot read its last commit.
                clearIndexFiles(fs);
            }
            try {
                writer = new IndexWriter(fs, config(existing == null));
            } catch (LockObtainFailedException e) {
                notices.add("The index at " + indexDir + " is being written by another VidAtlas; searching a copy in memory.");
                target = new ByteBuffersDirectory();
                writer = new IndexWriter(target, config(true));
                if (existing != null) {
                    existing.close();
                    existing = null;
                    oldNotes.clear();
                }
                fs.close();
            }
            try (IndexWriter w = writer) {
                int changed = update(w, existing, oldNotes, known, catalog, parsed, files, reparsed, progress);
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
            SearchIndex index = new SearchIndex(target, searchable(DirectoryReader.open(target)), notices, scan,
                    loader, Map.of(), p -> catalog, catalog);
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
        scan.files().forEach(f -> out.put(f.id(), f.path()));
        return out;
    }

    /** How many notes the index holds. */
    public int noteCount() {
        return scan.files().size();
    }

    /**
     * Problems found while looking at the notes' files (unreadable, binary, empty, missing folders); cheap, known
     * without parsing. Problems inside notes are in {@link #catalog()}'s diagnostics.
     */
    public List<Diagnostic> fileDiagnostics() {
        return scan.diagnostics();
    }

    public SearchService searcher() {
        return searcher;
    }

    /** What happened to the index on opening (rebuilt, updated, in memory); empty when it was simply reused. */
    public List<String> notices() {
        return notices;
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
            built = builder.apply(progress);
        }
        return built;
    }

    /** Prepares what the first search needs, so that it is not slower than the next ones. */
    public void warmUp() {
        searcher.warmUp();
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
        searcher.paperInfos().forEach(i -> byId.put(i.paperId(), i));
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
        List<Note> out = new ArrayList<>();
        LiveDocValues.forEach(reader, IndexSchema.NOTE_INFO, (doc, value) ->
                out.add(StoredRecordCodec.decodeNoteHeading(value.bytes, value.offset, value.length)));
        return scan.arrange(out);
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
        org.apache.lucene.search.TopDocs top = lookups.search(query, 1);
        return top.scoreDocs.length == 0 ? null
                : reader.storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(field)).getBinaryValue(field);
    }

    /** A note as the index keeps it parsed; parsed again from its file when that stored form is damaged. */
    private Note storedNote(String id) {
        StoredNote s = stored.get(id);
        if (s == null) {
            return null;
        }
        ParsedNote parsed = cachedNote(reader, s, s.seen().hash());
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
            reader.close();
        } finally {
            directory.close();
        }
    }

    // ---- opening ----------------------------------------------------------------------------------------------

    /** An open index and its searcher. */
    private record Opened(DirectoryReader reader, LuceneSearcher searcher) {
    }

    /** The index as it is on disk, or null when there is none, or when it cannot be used (with a notice). */
    private static Opened openExisting(Directory dir, Path where, List<String> notices) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            String format = reader.getIndexCommit().getUserData().get(IndexSchema.COMMIT_FORMAT);
            if (!Integer.toString(IndexSchema.FORMAT_VERSION).equals(format)) {
                reader.close();
                notices.add("The index at " + where + " is of an older format; rebuilt.");
                return null;
            }
            // The searcher reads what every search reads, so that damage shows now rather than in a search.
            return searchable(reader);
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            notices.add("The index at " + where + " could not be read (an unknown or damaged format); rebuilt.");
        } catch (IOException | RuntimeException e) {
            notices.add("The index at " + where + " could not be read (" + e.getClass().getSimpleName() + "); rebuilt.");
        }
        return null;
    }

    /** A reader with its searcher; the reader is closed if the searcher cannot be made (a damaged index). */
    private static Opened searchable(DirectoryReader reader) throws IOException {
        try {
            return new Opened(reader, new LuceneSearcher(reader));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(reader);
            throw e;
        }
    }

    /** Removes the index's own files (never anything else a user may keep in a folder given with --index). */
    private static void clearIndexFiles(Directory dir) throws IOException {
        for (String name : dir.listAll()) {
            if (name.startsWith("segments") || name.startsWith("pending_segments") || name.startsWith("_")) {
                dir.deleteFile(name);
            }
        }
    }

    private static IndexWriterConfig config(boolean create) {
        IndexWriterConfig c = new IndexWriterConfig(IndexSchema.indexAnalyzer());
        c.getMergePolicy().setNoCFSRatio(0.0);
        c.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(64);
        // Flushed segments stay as separate files: packing them into compound files costs build time for nothing
        // a desktop index needs (it has few segments and few open files).
        c.setUseCompoundFile(false);
        return c;
    }

    private static String sourcesKey(NoteLoader.Scan scan, byte[] metadata) {
        StringBuilder b = new StringBuilder("format=").append(IndexSchema.FORMAT_VERSION).append('\n');
        b.append("metadata=").append(NoteLoader.sha256(metadata)).append('\n');
        scan.files().stream().sorted(java.util.Comparator.comparing(NoteFile::id))
                .forEach(f -> b.append(f.id()).append('=').append(f.hash()).append('\n'));
        // A book's SUMMARY.md orders and titles its notes: reordering or retitling changes the catalog, not a note.
        scan.files().forEach(f -> b.append("in order: ").append(f.id()).append(" titled ").append(f.title()).append('\n'));
        return NoteLoader.sha256(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---- what the index knows of each note's file ------------------------------------------------------------------

    /**
     * A note the index holds: its hash and file stamp, and the document that keeps its parsed form (read only when
     * that note is wanted: the parsed forms of a large library do not fit in memory at once).
     */
    private record StoredNote(NoteFile.Seen seen, int doc) {
    }

    /** The notes the index holds, by id; empty when they cannot be read (every note is then read as if new). */
    private static Map<String, StoredNote> storedNotes(DirectoryReader reader) {
        Map<String, StoredNote> out = new HashMap<>();
        try {
            LiveDocValues.forEach(reader, IndexSchema.STAMP, (doc, value) -> {
                // hash, size, time, id: the id last, whole, whatever characters its file name has.
                String[] parts = value.utf8ToString().split("\n", 4);
                NoteFile.Stamp stamp = new NoteFile.Stamp(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                out.put(parts[3], new StoredNote(new NoteFile.Seen(parts[0], stamp), doc));
            });
        } catch (IOException | RuntimeException e) {
            // Damaged: a damaged index also shows when it is searched, and is rebuilt then.
            out.clear();
        }
        return out;
    }

    private static Map<String, NoteFile.Seen> seen(Map<String, StoredNote> stored) {
        Map<String, NoteFile.Seen> out = new HashMap<>();
        stored.forEach((id, n) -> out.put(id, n.seen()));
        return out;
    }

    private static BytesRef stamp(NoteFile f) {
        return new BytesRef(f.hash() + "\n" + f.stamp().size() + "\n" + f.stamp().modified() + "\n" + f.id());
    }

    /** Whether a note's content is what the index holds, but its file was touched since (so it was read again). */
    private static boolean restamped(NoteFile f, Map<String, NoteFile.Seen> known) {
        NoteFile.Seen before = known.get(f.id());
        return before != null && before.hash().equals(f.hash()) && !before.stamp().equals(f.stamp());
    }

    /**
     * Records the new size and time of notes touched without being changed, so that the next start does not read
     * them again. Best effort: when the index cannot be written now (another VidAtlas writes it), they are simply
     * read again next time.
     */
    private static void restamp(Directory dir, DirectoryReader reader, NoteLoader.Scan scan, Map<String, NoteFile.Seen> known) {
        List<NoteFile> touched = scan.files().stream().filter(f -> restamped(f, known)).toList();
        if (touched.isEmpty()) {
            return;
        }
        try (IndexWriter w = new IndexWriter(dir, config(false))) {
            for (NoteFile f : touched) {
                w.updateBinaryDocValue(new Term(IndexSchema.NOTE_KEY, f.id()), IndexSchema.STAMP, stamp(f));
            }
            w.setLiveCommitData(reader.getIndexCommit().getUserData().entrySet());
            w.commit();
        } catch (IOException | RuntimeException e) {
            // Left as it was: those notes are hashed again next time, nothing else changes.
        }
    }

    // ---- the parsed-note cache ----------------------------------------------------------------------------------

    /**
     * The parsed form the index keeps of a note with this hash; null when it has none (or no index: {@code reader}
     * is then null, and so is {@code stored}), or a damaged one.
     */
    private static ParsedNote cachedNote(DirectoryReader reader, StoredNote stored, String hash) {
        if (stored == null || !stored.seen().hash().equals(hash)) {
            return null;
        }
        try {
            // StoredFields serve one thread each: one per note read.
            Document d = reader.storedFields().document(stored.doc(), java.util.Set.of(IndexSchema.PARSED));
            BytesRef parsed = d.getBinaryValue(IndexSchema.PARSED);
            return parsed == null ? null : ParsedNoteCodec.decode(parsed.bytes, parsed.offset, parsed.length);
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            throw e; // a caller's mistake, not a damaged note: re-parsing every note would hide it
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The catalog of the scanned notes: each from the index when its hash is unchanged, else parsed (and listed in
     * {@code reparsed}); the notes that loaded are added to {@code parsed}.
     */
    private static Catalog buildCatalog(NoteLoader.Scan scan, DirectoryReader reader, Map<String, StoredNote> cached,
                                        NoteLoader loader,
                                        Supplier<Metadata> metadata, Progress progress,
                                        List<ParsedNote> parsed, List<NoteFile> reparsed) {
        List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
        // The index keeps each note as parsed (its own title); the catalog has the title its book gives it now.
        List<ParsedNote> titled = new ArrayList<>();
        // Notes parse independently: in parallel, results kept in note order.
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        record One(NoteFile file, ParsedNote note, List<Diagnostic> problems, boolean reparsed) {
        }
        List<One> results = scan.files().parallelStream().map(f -> {
            List<Diagnostic> problems = new ArrayList<>();
            ParsedNote note = cachedNote(reader, cached.get(f.id()), f.hash());
            boolean again = note == null;
            if (again) {
                note = loader.parse(f, problems);
            }
            progress.update("parsing notes", done.incrementAndGet(), scan.files().size());
            return new One(f, note, problems, again);
        }).toList();
        for (One r : results) {
            diagnostics.addAll(r.problems());
            if (r.reparsed()) {
                reparsed.add(r.file());
            }
            if (r.note() != null) {
                parsed.add(r.note());
                titled.add(NoteLoader.titled(r.note(), r.file()));
                diagnostics.addAll(NoteLoader.relabel(r.note().diagnostics(), r.file()));
            }
        }
        return new CatalogBuilder(metadata.get()).build(titled, diagnostics);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /** Rewrites the groups whose documents changed and the notes whose content changed; returns groups rewritten. */
    private static int update(IndexWriter w, DirectoryReader existing, Map<String, String> oldNotes,
                              Map<String, NoteFile.Seen> known, Catalog catalog, List<ParsedNote> parsed,
                              Map<String, NoteFile> files, List<NoteFile> reparsed, Progress progress)
            throws IOException {
        Map<String, String> oldGroups = new HashMap<>();
        if (existing != null) {
            // hash, then the key, whole (a note id inside it may hold any character).
            LiveDocValues.forEach(existing, IndexSchema.GROUP_HASH, (doc, value) -> {
                String[] parts = value.utf8ToString().split("\n", 2);
                oldGroups.put(parts[1], parts[0]);
            });
        }
        IndexDocuments.Groups groups = IndexDocuments.of(catalog);
        int total = groups.count();
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        boolean fresh = existing == null;
        // Analysis is the cost of indexing; IndexWriter takes documents from several threads at once.
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> groups.stream().parallel().forEach(g -> {
                seen.add(g.key());
                if (!g.hash().equals(oldGroups.get(g.key()))) {
                    g.docs().get(0).add(new BinaryDocValuesField(IndexSchema.GROUP_HASH,
                            new BytesRef(g.hash() + "\n" + g.key())));
                    try {
                        if (fresh) {
                            w.addDocuments(g.docs());
                        } else {
                            w.updateDocuments(new Term(IndexSchema.GROUP, g.key()), g.docs());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    changed.incrementAndGet();
                }
                progress.update("indexing", done.incrementAndGet(), total);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("indexing failed (" + cause + ")", cause);
        } finally {
            pool.shutdown();
        }
        oldGroups.keySet().removeAll(seen);
        for (String gone : oldGroups.keySet()) {
            w.deleteDocuments(new Term(IndexSchema.GROUP, gone));
        }
        java.util.Set<String> reparsedIds = new java.util.HashSet<>();
        reparsed.forEach(f -> reparsedIds.add(f.id()));
        for (ParsedNote n : parsed) {
            String id = n.note().id();
            NoteFile file = files.get(id);
            // Written when its content changed, or when it had to be parsed although unchanged: its stored form was
            // damaged, and is replaced so that it is not parsed again at every start.
            boolean unchanged = file.hash().equals(oldNotes.remove(id));
            if (!unchanged || reparsedIds.contains(id)) {
                Document d = new Document();
                d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_NOTE, Field.Store.YES));
                d.add(new StringField(IndexSchema.NOTE_KEY, id, Field.Store.YES));
                d.add(new BinaryDocValuesField(IndexSchema.STAMP, stamp(file)));
                d.add(new BinaryDocValuesField(IndexSchema.NOTE_INFO, new BytesRef(StoredRecordCodec.encodeNoteHeading(n.note()))));
                d.add(new StoredField(IndexSchema.PARSED, ParsedNoteCodec.encode(n)));
                w.updateDocuments(new Term(IndexSchema.NOTE_KEY, id), List.of(d));
            } else if (restamped(file, known)) {
                w.updateBinaryDocValue(new Term(IndexSchema.NOTE_KEY, id), IndexSchema.STAMP, stamp(file));
            }
        }
        for (String gone : oldNotes.keySet()) {
            w.deleteDocuments(new Term(IndexSchema.NOTE_KEY, gone));
        }
        // The catalog's order, for the list shown before the catalog is built again at the next start.
        Document order = new Document();
        order.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ORDER, Field.Store.NO));
        order.add(new StoredField(IndexSchema.ORDER,
                StoredRecordCodec.encodeOrder(catalog.papers().stream().map(app.vidatlas.model.Paper::id).toList())));
        w.updateDocuments(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ORDER), List.of(order));
        return changed.get();
    }
}
