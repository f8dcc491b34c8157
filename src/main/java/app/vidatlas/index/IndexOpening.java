package app.vidatlas.index;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.work.TaskRunner;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opening an index: reused as it is, updated for the notes that changed, or rebuilt; see {@link NotesIndex}. */
final class IndexOpening {
    private IndexOpening() {
    }

    /**
     * @param damage what a search of this index on disk failed with (it is then rebuilt), or null to open it as
     *               it is
     */
    static NotesIndex open(NotesIndex.Source source, NotesIndex.Cataloguer cataloguer, Progress progress,
                           TaskRunner runner, RuntimeException damage) throws IOException {
        List<String> notices = new ArrayList<>();
        Directory fs = directory(source, notices);
        DirectoryReader existing = null;
        boolean handedOver = false;
        try {
            IndexHealth.Opened opened = null;
            if (damage != null) {
                notices.add(IndexHealth.unreadable(source.indexDir(), damage));
            } else {
                opened = IndexHealth.openExisting(fs, source.indexDir(), notices);
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
            NoteLoader loader = new NoteLoader();
            NoteLoader.Scan scan = loader.scan(source.notes(), known, progress);
            String sources = IndexWrites.sourcesKey(scan, source.metadata());
            if (existing != null
                    && sources.equals(existing.getIndexCommit().getUserData().get(IndexSchema.COMMIT_SOURCES))) {
                IndexWrites.restamp(fs, existing, scan, known);
                handedOver = true;
                return new NotesIndex(source, cataloguer, runner, new NotesIndex.State(fs, opened, scan, stored),
                        notices, 0);
            }

            NoteCache.Parsed parsed = NoteCache.parse(scan, existing, stored, loader, progress, runner);
            Catalog catalog = cataloguer.catalog(parsed.forCatalog(), progress);
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
                notices.add(IndexHealth.inMemory(source.indexDir(), e));
                target = new ByteBuffersDirectory();
                writer = new IndexWriter(target, IndexWrites.config(true));
                if (existing != null) {
                    existing.close();
                    existing = null;
                    oldNotes.clear();
                }
                fs.close();
            }
            List<NoteFile> reparsed = parsed.reparsed();
            try (IndexWriter w = writer) {
                int changed = IndexWrites.update(w, existing, oldNotes, known, catalog, parsed.asParsed(), files,
                        reparsed, progress, runner);
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
            NotesIndex index = new NotesIndex(source, cataloguer, runner, new NotesIndex.State(target,
                    IndexHealth.searchable(DirectoryReader.open(target)), scan, Map.of()), notices, reparsed.size());
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
    private static Directory directory(NotesIndex.Source source, List<String> notices) {
        try {
            Files.createDirectories(source.indexDir());
            return source.folders().open(source.indexDir());
        } catch (IOException e) {
            notices.add(IndexHealth.inMemory(source.indexDir(), e));
            return new ByteBuffersDirectory();
        }
    }
}
