package app.vidatlas.index;

import app.vidatlas.model.Progress;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.ParsedNote;
import app.vidatlas.work.TaskRunner;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parsed notes the index keeps, so that an unchanged note is not parsed again. The index hands them out; the
 * library builds the catalog from them.
 */
final class NoteCache {
    private NoteCache() {
    }

    /**
     * A note the index holds: its hash and file stamp, and the document that keeps its parsed form (read only when
     * that note is wanted: the parsed forms of a large library do not fit in memory at once).
     */
    record StoredNote(NoteFile.Seen seen, int doc) {
    }

    /** The notes the index holds, by id; empty when they cannot be read (every note is then read as if new). */
    static Map<String, StoredNote> storedNotes(DirectoryReader reader) {
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

    static Map<String, NoteFile.Seen> seen(Map<String, StoredNote> stored) {
        Map<String, NoteFile.Seen> out = new HashMap<>();
        stored.forEach((id, n) -> out.put(id, n.seen()));
        return out;
    }

    /**
     * The parsed form the index keeps of a note with this hash; null when it has none (or no index: {@code reader}
     * is then null, and so is {@code stored}), or a damaged one.
     */
    static ParsedNote cachedNote(DirectoryReader reader, StoredNote stored, String hash) {
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
     * The scanned notes parsed: each from the index when its hash is unchanged, else parsed again (and listed in
     * {@code reparsed}). Notes parse independently, so they are read on the runner's threads, kept in note order.
     */
    static Parsed parse(NoteLoader.Scan scan, DirectoryReader reader, Map<String, StoredNote> cached,
                        NoteLoader loader, Progress progress, TaskRunner runner) {
        List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
        // The index keeps each note as parsed (its own title); the catalog has the title its book gives it now.
        List<ParsedNote> titled = new ArrayList<>();
        List<ParsedNote> parsed = new ArrayList<>();
        List<NoteFile> reparsed = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        record One(NoteFile file, ParsedNote note, List<Diagnostic> problems, boolean reparsed) {
        }
        List<One> results = runner.map(scan.files(), f -> {
            List<Diagnostic> problems = new ArrayList<>();
            ParsedNote note = cachedNote(reader, cached.get(f.id()), f.hash());
            boolean again = note == null;
            if (again) {
                note = loader.parse(f, problems);
            }
            progress.update("parsing notes", done.incrementAndGet(), scan.files().size());
            return new One(f, note, problems, again);
        });
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
        return new Parsed(new ParsedNotes(titled, diagnostics), parsed, reparsed);
    }

    /**
     * The notes parsed, as the library builds its catalog from them; and for the index's own writes, the notes as
     * parsed (with their own titles: what the index keeps) and those that had to be parsed again.
     */
    record Parsed(ParsedNotes forCatalog, List<ParsedNote> asParsed, List<NoteFile> reparsed) {
    }
}
