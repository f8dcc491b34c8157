package app.vidatlas.launch;

import app.vidatlas.cli.NotesOpener;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.notes.NotesStamp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The command server's notes (ADR 0014): the library the last command opened stays open for the next, as long as
 * the next asks for the same folders and index and every file in the folders has the size and time it had (the notes'
 * stamp, one walk over the folders: 0.05-0.1 s at 100,000 papers, where opening the index takes over a second and
 * the whole catalog many), and nothing was committed to the index since (another window or command rewrote it). A
 * command then searches an index already open and warm, and reads the catalog the command before built. Anything
 * changed, and the notes are opened again as a command in its own JVM opens them.
 */
final class KeptNotes implements NotesOpener {
    private record Kept(Path indexDir, List<NoteLocation> locations, String stamp, IndexedNotes notes) {
    }

    private Kept kept;

    @Override
    public synchronized Lease open(Path indexDir, List<NoteLocation> locations, Progress progress) throws IOException {
        // Stamped before opening: a note changed while the index opens makes the next command open them again.
        String stamp = NotesStamp.of(locations);
        if (kept != null && kept.indexDir().equals(indexDir) && kept.locations().equals(locations)
                && kept.stamp().equals(stamp) && kept.notes().current()) {
            return new Lease(kept.notes(), List.of(), () -> { });
        }
        release();
        IndexedNotes notes = IndexedNotes.open(indexDir, locations, progress);
        if (!notes.notices().isEmpty()) {
            // Something happened as it opened (rebuilt, kept in memory for a folder that cannot be written): a
            // command in its own JVM would say so each time, so the next command opens them again and says it too.
            return new Lease(notes, notes.notices(), notes::close);
        }
        kept = new Kept(indexDir, List.copyOf(locations), stamp, notes);
        return new Lease(notes, List.of(), () -> { });
    }

    /** Closes the notes kept, if any (the server is idle, or ends). */
    synchronized void release() {
        if (kept != null) {
            try {
                kept.notes().close();
            } catch (IOException e) {
                // Closed as far as it could be: the next command opens the notes again either way.
            }
            kept = null;
        }
    }

    synchronized boolean holding() {
        return kept != null;
    }
}
