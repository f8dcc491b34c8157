package app.vidatlas.index;

import app.vidatlas.model.Progress;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.ParsedNote;
import app.vidatlas.work.TaskRunner;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Writing the index: what changed since the last commit, and how the writer is set up. */
final class IndexWrites {
    private IndexWrites() {
    }

    static IndexWriterConfig config(boolean create) {
        IndexWriterConfig c = new IndexWriterConfig(IndexSchema.indexAnalyzer());
        c.getMergePolicy().setNoCFSRatio(0.0);
        c.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(64);
        // Flushed segments stay as separate files: packing them into compound files costs build time for nothing
        // a desktop index needs (it has few segments and few open files).
        c.setUseCompoundFile(false);
        return c;
    }

    static String sourcesKey(NoteLoader.Scan scan, byte[] metadata) {
        StringBuilder b = new StringBuilder("format=").append(IndexSchema.FORMAT_VERSION).append('\n');
        b.append("metadata=").append(NoteLoader.sha256(metadata)).append('\n');
        scan.files().stream().sorted(java.util.Comparator.comparing(NoteFile::id))
                .forEach(f -> b.append(f.id()).append('=').append(f.hash()).append('\n'));
        // A book's SUMMARY.md orders and titles its notes: reordering or retitling changes the catalog, not a note.
        scan.files().forEach(f -> b.append("in order: ").append(f.id()).append(" titled ").append(f.title()).append('\n'));
        return NoteLoader.sha256(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static BytesRef stamp(NoteFile f) {
        return new BytesRef(f.hash() + "\n" + f.stamp().size() + "\n" + f.stamp().modified() + "\n" + f.id());
    }

    /** Whether a note's content is what the index holds, but its file was touched since (so it was read again). */
    static boolean restamped(NoteFile f, Map<String, NoteFile.Seen> known) {
        NoteFile.Seen before = known.get(f.id());
        return before != null && before.hash().equals(f.hash()) && !before.stamp().equals(f.stamp());
    }

    /**
     * Records the new size and time of notes touched without being changed, so that the next start does not read
     * them again. Best effort: when the index cannot be written now (another VidAtlas writes it), they are simply
     * read again next time.
     */
    static void restamp(Directory dir, DirectoryReader reader, NoteLoader.Scan scan, Map<String, NoteFile.Seen> known) {
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

    /** Rewrites the groups whose documents changed and the notes whose content changed; returns groups rewritten. */
    static int update(IndexWriter w, DirectoryReader existing, Map<String, String> oldNotes,
                              Map<String, NoteFile.Seen> known, Catalog catalog, List<ParsedNote> parsed,
                              Map<String, NoteFile> files, List<NoteFile> reparsed, Progress progress,
                      TaskRunner runner)
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
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        boolean fresh = existing == null;
        // Analysis is the cost of indexing; IndexWriter takes documents from several threads at once, so groups are
        // built and written on the runner's threads (results: nothing but whether each was written).
        List<Integer> numbers = java.util.stream.IntStream.range(0, total).boxed().toList();
        try {
            runner.map(numbers, i -> {
                IndexDocuments.Group g = groups.group(i);
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
                return Boolean.TRUE;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
